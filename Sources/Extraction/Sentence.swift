/// A sentence of a report: its byte range, its words and its paragraph.
struct Sentence: Hashable, Sendable {
  /// Byte offsets in the report text, from the first word (or the quote before it) to the
  /// closing punctuation.
  var start: Int
  var end: Int
  /// Indices into `TextLayout.words`.
  var words: Range<Int>
  var paragraph: Int
}
