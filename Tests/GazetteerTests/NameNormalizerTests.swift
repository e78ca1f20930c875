import Testing

@testable import Gazetteer

struct NameNormalizerTests {
  let normalizer = NameNormalizer()

  @Test(arguments: [
    ("Tal Afar", "Tall ‘Afar"), ("Tal Afar", "Tel-Afar"), ("Tal Afar", "Tall`afar"),
    ("Qamishli", "Kamishli"), ("Qamishli", "Al Qāmishlī"), ("Raqqa", "Ar-Raqqah"),
    ("Raqqa", "Ar Raqqah"), ("Raqqa", "al-Raqqa"), ("Hasakah", "Al-Hasakeh"),
    ("Hasakah", "El Hasakeh") as (String, String), ("Deir ez-Zor", "Deir Zor"),
    ("Deir ez-Zor", "Dayr az Zor"), ("Umm Jrais", "Um Jrais"), ("Umm Jrais", "Om Jrais"),
    ("Abu Kamal", "Abou Kamal"), ("Wadi Hauran", "Wady Hauran"),
    ("Jabal Sinjar", "Jebel Sinjar"), ("Jabal Sinjar", "Djebel Sinjar"),
    ("Shaddadi", "Ash-Shaddadi"), ("Shaddadi", "ash Shaddadi"),
    ("Jarablus", "Djarablus"), ("Qayyarah", "Kayara"), ("Mayadin", "Mayadeen"),
    ("Khabur", "Khabour"), ("Yarubiyah", "Yaroubiya"), ("Tal Abyad", "Tell Abiad"),
    ("Akçakale", "Akcakale"), ("Şengal", "Shengal"), ("Hesîçe", "Hesice"),
    ("Ağrı", "Agri"), ("Dêrik", "Derik"), ("Ba'aj", "Baaj"), ("Ba'aj", "Ba‘āj"),
    ("Baghdad", "Bagdad"), ("Zakho", "Zaxo"), ("Dour", "Dawr"),
  ])
  func latinSpellingsShareAKey(_ pair: (String, String)) {
    #expect(normalizer.normalize(pair.0) == normalizer.normalize(pair.1), "\(pair)")
  }

  @Test(arguments: [
    ("Mosul", "Sinjar"), ("Al Bab", "Al-Ba'aj"), ("Tal Afar", "Tal Abyad"), ("Aleppo", "eppo"),
    ("Anah", "Hit"),
  ])
  func differentPlacesKeepDifferentKeys(_ pair: (String, String)) {
    #expect(normalizer.normalize(pair.0) != normalizer.normalize(pair.1), "\(pair)")
  }

  @Test func keysAreLowerCaseASCIIForLatinNames() {
    #expect(normalizer.normalize("Tall ‘Afar") == "talafar")
    #expect(normalizer.normalize("Ar-Raqqah") == "raka")
    #expect(normalizer.normalize("Al Qāmishlī") == "kamisli")
    #expect(normalizer.normalize("Umm al-Jaris") == "umjaris")
  }

  @Test func articleIsKeptWhenItIsTheWholeName() {
    #expect(normalizer.normalize("El") == "el")
  }

  @Test func sunLetterArticleNeedsAHyphenOrAssimilation() {
    #expect(normalizer.normalize("As Sukhnah") == normalizer.normalize("Sukhnah"))
    #expect(normalizer.normalize("An Nasiriyah") == normalizer.normalize("Nasiriyah"))
    // "As" before a word that does not start with s is not an article.
    #expect(normalizer.normalize("As Mara") != normalizer.normalize("Mara"))
  }

  @Test func plainFormKeepsSpellingButDropsMarksAndArticles() {
    #expect(normalizer.plainForm("Al Qāmishlī") == "qamishli")
    #expect(normalizer.plainForm("Tall ‘Afar") == "tallafar")
    #expect(normalizer.plainForm("Juba") != normalizer.plainForm("Cuba"))
  }

  @Test(arguments: [
    ("المَوْصِل", "الموصل"), ("الموصل", "موصل"), ("تلعفر", "تل عفر"), ("أربيل", "اربيل"),
    ("إدلب", "ادلب"), ("الرقّة", "الرقه"), ("مؤتة", "موته"), ("القائم", "القايم"),
    ("دیرالزور", "ديرالزور"), ("کرکوک", "كركوك"), ("الحسكـــة", "الحسكة"),
    ("سِنْجار", "سنجار"), ("حلبٌ", "حلب"), ("كوباني", "کۆبانی"),
  ])
  func arabicScriptSpellingsShareAKey(_ pair: (String, String)) {
    #expect(normalizer.normalize(pair.0) == normalizer.normalize(pair.1), "\(pair)")
  }

  @Test func arabicHarakatAreRemovedExplicitly() {
    let marked = "سِنْجَار"
    let key = normalizer.normalize(marked)
    #expect(key == "سنجار")
    #expect(!key.unicodeScalars.contains { (0x064B...0x0652).contains($0.value) })
  }

  @Test func tokensCarryRangesAndArticles() {
    let text = "the village of Umm al-Jaris, near Ar Raqqah"
    let tokens = normalizer.tokens(in: text)
    #expect(
      tokens.map { String(text[$0.range]) } == [
        "the", "village", "of", "Umm", "al", "Jaris", "near", "Ar", "Raqqah",
      ])
    #expect(tokens.filter(\.isArticle).map { String(text[$0.range]) } == ["al", "Ar"])
    #expect(normalizer.key(of: tokens[3...5]) == normalizer.normalize("Umm al-Jaris"))
    #expect(normalizer.key(of: tokens[7...8]) == normalizer.normalize("Raqqa"))
  }

  @Test func tokenRangesSurviveArabicAndMarks() {
    let text = "قرية أمّ جريس"
    let tokens = normalizer.tokens(in: text)
    #expect(tokens.map { String(text[$0.range]) } == ["قرية", "أمّ", "جريس"])
  }
}
