import Testing

@testable import Projection

struct CRSTests {
  @Test func epsgCodeOfAProjectedCRS() throws {
    let crs = try CRS("EPSG:3857")
    #expect(crs.name == "WGS 84 / Pseudo-Mercator")
    #expect(!crs.isGeographic)
    #expect(crs.identifier == "EPSG:3857")
    #expect(crs.ogcURN == "urn:ogc:def:crs:EPSG::3857")
    #expect(!crs.isWGS84LonLat)
    #expect(crs.description == "EPSG:3857")
  }

  @Test func wgs84InBothAxisOrdersIsRFC7946sCRS() throws {
    let epsg = try CRS("EPSG:4326")
    let ogc = try CRS("OGC:CRS84")
    #expect(epsg.isGeographic && ogc.isGeographic)
    #expect(epsg.isWGS84LonLat && ogc.isWGS84LonLat)
    #expect(ogc.identifier == "OGC:CRS84")
    #expect(ogc.ogcURN == "urn:ogc:def:crs:OGC:1.3:CRS84")
    #expect(epsg.ogcURN == "urn:ogc:def:crs:EPSG::4326")
  }

  @Test func wgs84ConstantAgreesWithPROJ() throws {
    let checked = try CRS("OGC:CRS84")
    #expect(CRS.wgs84LonLat.name == checked.name)
    #expect(CRS.wgs84LonLat.identifier == checked.identifier)
    #expect(CRS.wgs84LonLat.isGeographic && CRS.wgs84LonLat.isWGS84LonLat)
  }

  @Test func urnsAsGeoJSONCrsMembersWriteThem() throws {
    let mercator = try CRS("urn:ogc:def:crs:EPSG::3857")
    #expect(mercator.identifier == "EPSG:3857")
    let crs84 = try CRS("urn:ogc:def:crs:OGC:1.3:CRS84")
    #expect(crs84.identifier == "OGC:CRS84")
    #expect(crs84.isWGS84LonLat)
  }

  @Test func projStringIsTakenAsACRS() throws {
    let crs = try CRS("+proj=laea +lat_0=35 +lon_0=40")
    #expect(!crs.isGeographic)
    #expect(crs.identifier == nil)
    #expect(crs.ogcURN == nil)
    #expect(crs.description == "+proj=laea +lat_0=35 +lon_0=40")
  }

  @Test func projStringOfWGS84LonLatIsRecognised() throws {
    let crs = try CRS("+proj=longlat +datum=WGS84 +no_defs")
    #expect(crs.isGeographic)
    #expect(crs.isWGS84LonLat)
  }

  @Test func otherGeographicCRSIsNotWGS84() throws {
    let nad27 = try CRS("EPSG:4267")
    #expect(nad27.isGeographic)
    #expect(!nad27.isWGS84LonLat)
  }

  @Test func utmZoneIsProjected() throws {
    let crs = try CRS("EPSG:32638")
    #expect(crs.name == "WGS 84 / UTM zone 38N")
    #expect(!crs.isGeographic)
  }

  @Test func wktWithoutIdentifierIsIdentifiedWhenItMatchesExactly() throws {
    let wkt = """
      GEOGCRS["WGS 84",
        ENSEMBLE["World Geodetic System 1984 ensemble",
          MEMBER["World Geodetic System 1984 (Transit)"],
          MEMBER["World Geodetic System 1984 (G730)"],
          MEMBER["World Geodetic System 1984 (G873)"],
          MEMBER["World Geodetic System 1984 (G1150)"],
          MEMBER["World Geodetic System 1984 (G1674)"],
          MEMBER["World Geodetic System 1984 (G1762)"],
          MEMBER["World Geodetic System 1984 (G2139)"],
          ELLIPSOID["WGS 84",6378137,298.257223563],
          ENSEMBLEACCURACY[2.0]],
        CS[ellipsoidal,2],
          AXIS["geodetic latitude (Lat)",north],
          AXIS["geodetic longitude (Lon)",east],
          ANGLEUNIT["degree",0.0174532925199433]]
      """
    let crs = try CRS(wkt)
    #expect(crs.isGeographic)
    #expect(crs.isWGS84LonLat)
    #expect(crs.name == "WGS 84")
  }

  @Test func compoundCRSWithGeographicHorizontalIsGeographic() throws {
    let crs = try CRS("EPSG:4326+3855")
    #expect(crs.isGeographic)
  }

  @Test func unknownCodeSaysCrsNotFoundAndNamesIt() {
    #expect {
      try CRS("EPSG:99999")
    } throws: { error in
      guard let error = error as? ProjectionError else { return false }
      return error.code == .crsNotFound && error.description.contains("crs not found: EPSG:99999")
        && error.reason?.contains("not found") == true && error.context == "EPSG:99999"
    }
  }

  @Test func garbageIsAnInvalidDefinitionWithPROJsReason() {
    #expect {
      try CRS("no such thing")
    } throws: { error in
      guard let error = error as? ProjectionError else { return false }
      return error.code == .invalidDefinition && error.message.contains("no such thing")
        && error.reason != nil
    }
  }

  @Test func emptyDefinitionIsRejectedBeforePROJ() {
    #expect(throws: ProjectionError.self) { try CRS("  ") }
  }

  @Test func anEllipsoidIsNotACRS() {
    #expect {
      try CRS("urn:ogc:def:ellipsoid:EPSG::7030")
    } throws: { error in
      (error as? ProjectionError)?.code == .notACRS
    }
  }
}
