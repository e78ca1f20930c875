/// A place as read from one source row, before merging; strings live in a `StringArena`.
struct PlaceRecord {
  var curatedID: UInt32?
  var name: UInt32
  var variants: [UInt32] = []
  var latitude: Double
  var longitude: Double
  /// Interned ISO code(s).
  var country: UInt32
  var kind: Place.Kind
  var population: Int
  var geonameid: Int?
  /// `nil` means "GeoNames <geonameid>".
  var source: UInt32?
  /// Interned licence.
  var licence: UInt32
  var note: UInt32?
  /// Whether the row came from a curated file (curated rows win merges).
  var isCurated: Bool
  /// Interned GeoNames feature code (`PPLA2`), when the row has one.
  var featureCode: UInt32? = nil

  /// Appends `variant` unless it equals the name or a variant already present.
  mutating func addVariant(_ variant: UInt32, arena: StringArena) {
    guard !arena.equal(variant, name) else { return }
    guard !variants.contains(where: { arena.equal($0, variant) }) else { return }
    variants.append(variant)
  }

  /// Takes `other`'s spellings (its name and variants) after this record's own.
  mutating func absorbNames(of other: PlaceRecord, arena: StringArena) {
    addVariant(other.name, arena: arena)
    for variant in other.variants { addVariant(variant, arena: arena) }
  }
}
