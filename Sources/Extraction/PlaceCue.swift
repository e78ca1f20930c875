/// What a noun next to a name says about the place ("village", "town", "district").
enum PlaceCue: String, Hashable, Sendable {
  case village, town, city, district, area, crossing, site
}
