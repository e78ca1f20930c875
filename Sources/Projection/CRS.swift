internal import CPROJ

/// A coordinate reference system that PROJ understands, validated when created.
///
/// Accepts whatever `proj_create` accepts for a CRS: authority codes (`EPSG:3857`,
/// `OGC:CRS84`), OGC URNs (`urn:ogc:def:crs:EPSG::3857`), WKT 1 and 2, PROJJSON, and PROJ
/// strings (`+proj=laea +lat_0=35 +lon_0=40`, taken as a CRS as `cs2cs` does). A plain value:
/// it keeps the definition and what PROJ said about it, not a PROJ object, so it is cheap to
/// copy and safe to share between threads.
public struct CRS: Hashable, Sendable, CustomStringConvertible {
  /// The definition as given.
  public let definition: String
  /// PROJ's name for the CRS (`proj_get_name`), e.g. "WGS 84 / Pseudo-Mercator".
  public let name: String
  /// Whether coordinates are longitude and latitude in degrees (a geographic CRS, or a
  /// compound or bound CRS whose horizontal part is geographic).
  public let isGeographic: Bool
  /// `AUTHORITY:CODE` (`EPSG:3857`, `OGC:CRS84`), from the definition's identifier
  /// (`proj_get_id_auth_name`, `proj_get_id_code`) or, failing that, from a 100 % match in
  /// PROJ's database (`proj_identify`); `nil` when there is none.
  public let identifier: String?
  /// Whether this is WGS 84 longitude/latitude: EPSG:4326 or OGC:CRS84 or a definition PROJ
  /// finds equivalent to them apart from axis order, i.e. the CRS of RFC 7946 GeoJSON.
  public let isWGS84LonLat: Bool
  /// The text handed to `proj_create`: a bare PROJ string gets `+type=crs`.
  let projDefinition: String

  /// WGS 84 longitude/latitude in degrees (OGC:CRS84), the CRS of RFC 7946 GeoJSON.
  public static let wgs84LonLat = CRS(
    definition: "OGC:CRS84", name: "WGS 84 (CRS84)", isGeographic: true,
    identifier: "OGC:CRS84", isWGS84LonLat: true, projDefinition: "OGC:CRS84")

  /// Validates `definition` with PROJ.
  /// - Parameter definition: an authority code, URN, WKT, PROJJSON or PROJ string.
  /// - Throws: `.crsNotFound` for an unknown authority code ("crs not found: EPSG:99999"),
  ///   `.invalidDefinition` for text PROJ cannot parse, `.notACRS` for a valid definition of
  ///   something else (a bare coordinate operation, an ellipsoid).
  public init(_ definition: String) throws(ProjectionError) {
    let trimmed = definition.trimmingWhitespace
    guard !trimmed.isEmpty else {
      throw ProjectionError(.invalidDefinition, "empty CRS definition", context: definition)
    }
    let context = try ProjContext()
    let projDefinition = Self.projDefinition(for: trimmed)
    let object = try Self.create(projDefinition, given: definition, in: context)
    defer { proj_destroy(object) }
    self.definition = definition
    self.projDefinition = projDefinition
    name = proj_get_name(object).map { String(cString: $0) } ?? definition
    isGeographic = Self.isGeographic(object, in: context)
    identifier = Self.identifier(of: object, in: context)
    isWGS84LonLat = Self.isWGS84LonLat(object, identifier: identifier, in: context)
  }

  private init(
    definition: String, name: String, isGeographic: Bool, identifier: String?,
    isWGS84LonLat: Bool, projDefinition: String
  ) {
    self.definition = definition
    self.name = name
    self.isGeographic = isGeographic
    self.identifier = identifier
    self.isWGS84LonLat = isWGS84LonLat
    self.projDefinition = projDefinition
  }

  /// The OGC URN for the `crs` member of GeoJSON, as GDAL writes it
  /// (`urn:ogc:def:crs:EPSG::3857`, `urn:ogc:def:crs:OGC:1.3:CRS84`); `nil` without an
  /// identifier.
  public var ogcURN: String? {
    guard let identifier, let colon = identifier.firstIndex(of: ":") else { return nil }
    let authority = identifier[..<colon]
    let code = identifier[identifier.index(after: colon)...]
    return authority == "OGC"
      ? "urn:ogc:def:crs:OGC:1.3:\(code)" : "urn:ogc:def:crs:\(authority)::\(code)"
  }

  /// The identifier when there is one, else the definition.
  public var description: String { identifier ?? definition }

  /// A PROJ string without `type=crs` would be read as a coordinate operation; `cs2cs` and
  /// GDAL read it as a CRS, and so do we.
  private static func projDefinition(for definition: String) -> String {
    let isProjString = definition.hasPrefix("+") || definition.hasPrefix("proj=")
    guard isProjString, !definition.contains("type=crs") else { return definition }
    return definition + " +type=crs"
  }

  private static func create(
    _ projDefinition: String, given definition: String, in context: ProjContext
  ) throws(ProjectionError) -> OpaquePointer {
    guard let object = context.create(projDefinition) else {
      let errno = proj_context_errno(context.pointer)
      let reason = context.reason(errno: errno)
      let notFound = reason?.contains("not found") ?? false
      throw ProjectionError(
        notFound ? .crsNotFound : .invalidDefinition,
        notFound ? "crs not found: \(definition)" : "invalid CRS definition: \(definition)",
        context: definition, reason: reason, projErrno: notFound ? nil : Int(errno))
    }
    guard proj_is_crs(object) != 0 else {
      proj_destroy(object)
      throw ProjectionError(
        .notACRS, "not a coordinate reference system: \(definition)", context: definition)
    }
    return object
  }

  private static func isGeographic(_ object: OpaquePointer, in context: ProjContext) -> Bool {
    switch proj_get_type(object) {
    case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_GEOGRAPHIC_CRS:
      return true
    case PJ_TYPE_BOUND_CRS:
      return component(proj_get_source_crs(context.pointer, object), in: context)
    case PJ_TYPE_COMPOUND_CRS:
      return component(proj_crs_get_sub_crs(context.pointer, object, 0), in: context)
    default:
      return false
    }
  }

  private static func component(_ object: OpaquePointer?, in context: ProjContext) -> Bool {
    guard let object else { return false }
    defer { proj_destroy(object) }
    return isGeographic(object, in: context)
  }

  private static func identifier(of object: OpaquePointer, in context: ProjContext) -> String? {
    if let id = authorityCode(of: object) { return id }
    var confidences: UnsafeMutablePointer<Int32>?
    guard let matches = proj_identify(context.pointer, object, nil, nil, &confidences) else {
      return nil
    }
    defer {
      proj_list_destroy(matches)
      proj_int_list_destroy(confidences)
    }
    // Lower confidences mean "similar"; a name in the output must mean "the same".
    for index in 0..<proj_list_get_count(matches) where confidences?[Int(index)] == 100 {
      guard let match = proj_list_get(context.pointer, matches, index) else { continue }
      defer { proj_destroy(match) }
      if let id = authorityCode(of: match) { return id }
    }
    return nil
  }

  private static func authorityCode(of object: OpaquePointer) -> String? {
    guard let authority = proj_get_id_auth_name(object, 0), let code = proj_get_id_code(object, 0)
    else { return nil }
    return "\(String(cString: authority)):\(String(cString: code))"
  }

  private static func isWGS84LonLat(
    _ object: OpaquePointer, identifier: String?, in context: ProjContext
  ) -> Bool {
    if identifier == "EPSG:4326" || identifier == "OGC:CRS84" { return true }
    guard let wgs84 = proj_create(context.pointer, "EPSG:4326") else { return false }
    defer { proj_destroy(wgs84) }
    return proj_is_equivalent_to_with_ctx(
      context.pointer, object, wgs84, PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS) != 0
  }
}

extension String {
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
