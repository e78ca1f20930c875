import Foundation
import GeoJSON
import Testing

@testable import Gazetteer

struct GazetteerTests {
  let oneMicrodegree = 1e-6  // degrees

  private func sample(
    cache: String? = nil, extraGeoNames: [String] = [], extraCurated: [String] = []
  )
    throws -> Gazetteer
  {
    try Gazetteer.load(
      geonames: [Fixture.path("geonames-sample.txt")] + extraGeoNames,
      curated: [Fixture.path("places-sample.tsv")] + extraCurated,
      countries: Fixture.path("countries-sample.tsv"), cacheDirectory: cache)
  }

  @Test func curatedRowWinsOverItsGeoNamesRow() throws {
    let gazetteer = try sample()
    let sinjar = try #require(gazetteer.place(id: "sinjar"))
    #expect(sinjar.name == "Sinjar")
    #expect(sinjar.kind == .town)
    #expect(sinjar.geonameid == 448149)
    #expect(sinjar.population == 38294)  // from GeoNames
    #expect(sinjar.source == "GeoNames 448149")
    #expect(sinjar.variants.contains("Shingal"))  // curated
    #expect(sinjar.variants.contains("Sindschar"))  // GeoNames
    // The GeoNames id is an alias of the merged place; nothing is left under it alone.
    #expect(gazetteer.place(id: "geonames:448149")?.id == "sinjar")
    #expect(gazetteer.places.filter { $0.geonameid == 448149 }.count == 1)
  }

  @Test func curatedRowWithoutGeonameidStaysItself() throws {
    let gazetteer = try sample()
    let rabia = try #require(gazetteer.place(id: "rabia"))
    #expect(rabia.geonameid == nil)
    #expect(rabia.country == "IQ")
    #expect(rabia.licence == "CC BY-SA 4.0")
    // The Syrian Rabī‘ah is 540 km away: a different place with the same name.
    #expect(gazetteer.place(id: "geonames:167880")?.country == "SY")
  }

  @Test func curatedRowMergesWithTheSamePlaceNearby() throws {
    let near = GeoNamesReaderTests.row(
      "9000001", "Tārū", alternates: "Taru,Tarou", lat: "36.26", lon: "41.47", population: "800")
    let far = GeoNamesReaderTests.row("9000002", "Taru", lat: "33.0", lon: "44.0")
    let path = try Fixture.temporaryFile(near + "\n" + far + "\n")
    let gazetteer = try sample(extraGeoNames: [path])
    let taru = try #require(gazetteer.place(id: "taru"))
    #expect(taru.geonameid == 9_000_001)
    #expect(taru.population == 800)
    #expect(abs(taru.position.latitude - 36.249) < oneMicrodegree)  // the curated point
    #expect(taru.variants.contains("Tarou"))
    #expect(gazetteer.place(id: "geonames:9000002")?.id == "geonames:9000002")
  }

  @Test func geoNamesRowsWithTheSameIdMerge() throws {
    let update = GeoNamesReaderTests.row(
      "174018", "Al Bāb", alternates: "Bab al-Buzaa", lat: "36.37051", lon: "37.5157",
      code: "PPLA2", country: "SY", population: "144550")
    let path = try Fixture.temporaryFile(update + "\n")
    let gazetteer = try sample(extraGeoNames: [path])
    let bab = try #require(gazetteer.place(id: "geonames:174018"))
    #expect(bab.population == 144_550)  // the later row wins
    #expect(bab.variants.contains("Bab al-Buzaa"))  // spellings pooled
    #expect(bab.variants.contains("El Bāb"))
    #expect(gazetteer.places.filter { $0.geonameid == 174018 }.count == 1)
  }

  @Test func countriesArePlacesAtTheirCapital() throws {
    let gazetteer = try sample()
    let syria = try #require(gazetteer.place(id: "geonames:163843"))
    #expect(syria.kind == .country)
    #expect(syria.name == "Syria")
    #expect(syria.country == "SY")
    let damascus = try #require(gazetteer.place(id: "geonames:170654"))
    #expect(syria.position == damascus.position)
    #expect(syria.source.contains("capital Damascus"))
  }

  @Test func nameIndexEntriesCoverEverySpelling() throws {
    let gazetteer = try sample()
    let normalizer = NameNormalizer()
    let entries = gazetteer.nameEntries
    #expect(entries.count == gazetteer.nameKeyCount)
    let sinjarKey = normalizer.normalize("Sinjar")
    let sinjar = try #require(entries.first { $0.key == sinjarKey })
    #expect(Set(sinjar.placeIDs) == ["sinjar", "geonames:164094"])
    #expect(gazetteer.places(forKey: normalizer.normalize("Shingal")).map(\.id) == ["sinjar"])
    #expect(gazetteer.places(forKey: "no-such-key").isEmpty)
  }

  @Test func unknownIdsAreNil() throws {
    let gazetteer = try sample()
    #expect(gazetteer.place(id: "atlantis") == nil)
    #expect(gazetteer.place(id: "geonames:1") == nil)
    #expect(gazetteer.place(id: "geonames:163843#upwards") == nil)
  }

  @Test func shippedGazetteerHasEveryRow() {
    let gazetteer = Fixture.shipped
    // 41,109 GeoNames rows; 35 + 2 curated rows, 16 of which have a geonameid in GeoNames;
    // the countries whose capital or places are loaded.
    let countries = gazetteer.places.filter { $0.kind == .country }.count
    #expect(gazetteer.count == 41_109 + 37 - 16 + countries)
    #expect(countries > 230)
    #expect(gazetteer.place(id: "rojava")?.kind == .region)
  }

  @Test func cacheIsReusedAndRebuiltWhenASourceChanges() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-cache-\(UUID().uuidString)").path
    let extra = try Fixture.temporaryFile(GeoNamesReaderTests.row("9000003", "Qasr Shirin") + "\n")
    let first = try sample(cache: directory, extraGeoNames: [extra])
    let files = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(files.count == 1)
    #expect(files.first?.hasSuffix(".idx") == true)
    let second = try sample(cache: directory, extraGeoNames: [extra])
    #expect(second.count == first.count)
    #expect(second.place(id: "sinjar") == first.place(id: "sinjar"))
    #expect(second.geocode("Shingal").best?.place.id == "sinjar")
    // Changing a source (size and time) rebuilds the index in the same file.
    let changed =
      GeoNamesReaderTests.row("9000003", "Qasr Shirin") + "\n"
      + GeoNamesReaderTests.row("9000004", "Qasr al-Hayr") + "\n"
    try changed.write(toFile: extra, atomically: false, encoding: .utf8)
    let third = try sample(cache: directory, extraGeoNames: [extra])
    #expect(third.count == first.count + 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 1)
  }

  @Test func corruptCacheIsRebuilt() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-cache-\(UUID().uuidString)").path
    let first = try sample(cache: directory)
    let file = try #require(try FileManager.default.contentsOfDirectory(atPath: directory).first)
    let path = directory + "/" + file
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
    let second = try sample(cache: directory)
    #expect(second.count == first.count)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == bytes.count)
  }

  @Test func malformedSourceIsAnErrorNamingTheFile() throws {
    let bad = try Fixture.temporaryFile("not\ta\tgeonames\trow\n")
    let error = #expect(throws: GazetteerError.self) { try sample(extraGeoNames: [bad]) }
    #expect(error?.file == bad)
    #expect(error?.line == 1)
  }

  @Test func extraFilesAreToldApartByTheirFirstLine() throws {
    let curated = try Fixture.temporaryFile(
      CuratedPlacesReaderTests.header + "\nx\tX\t\t1\t2\tIQ\tvillage\t\ts\tl\t\n", name: "more.tsv")
    let geonames = try Fixture.temporaryFile(GeoNamesReaderTests.row("9000005", "Y") + "\n")
    let files = try Gazetteer.shippedSources(
      dataDirectory: Fixture.dataDirectory, extra: [curated, geonames])
    #expect(files.curated.last == curated)
    #expect(files.geonames.last == geonames)
  }
}
