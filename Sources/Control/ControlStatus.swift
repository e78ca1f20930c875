/// What an event says about a place, read with its `from` and `to` actors.
///
/// - `controlled`: `to` holds the place (taken from `from`, when known).
/// - `contested`: `to` is fighting for the place, which `from` (or, when `from` is empty, the
///   actor that held it before) still holds at least in part.
/// - `besieged`: `to` surrounds the place, which `from` (or the previous holder) holds.
/// - `advance`: `to` has reached the place (or its vicinity, see `GeoPrecision`) without
///   control being established; `from` (or the previous holder) keeps it.
///
/// So the holder of a place (a snapshot's `controller`) changes only with `controlled`
/// events or when a contested/besieged/advance event names its `from`.
public enum ControlStatus: String, Hashable, Sendable, CaseIterable {
  case controlled
  case contested
  case besieged
  case advance
}
