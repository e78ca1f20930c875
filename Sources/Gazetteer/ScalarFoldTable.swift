/// The per-scalar folding table of `NameNormalizer`: what each Unicode scalar below U+2000
/// becomes before tokens are formed.
///
/// Latin and Greek/Cyrillic letters map to their base letter (Unicode canonical decomposition
/// with the combining marks dropped, computed once from Python's `unicodedata` and stored as
/// text below), plus the letters decomposition leaves alone (ı ø đ ł ß æ œ þ ð ħ ə). Arabic
/// script loses harakat and tatweel and has its letter variants unified; the ʿayn/hamza marks
/// vanish; punctuation separates tokens.
enum ScalarFoldTable {
  /// Drop the scalar.
  static let drop: UInt32 = 0
  /// The scalar separates tokens.
  static let separator: UInt32 = 1
  /// A hyphen: separates tokens and marks the token before it as hyphen-attached (`al-`).
  static let hyphen: UInt32 = 2
  /// Flag for a packed replacement of one to three ASCII bytes in the low 24 bits.
  static let packedFlag: UInt32 = 0x8000_0000
  /// Scalars covered by `table`.
  static let limit: UInt32 = 0x2000

  /// Entry per scalar below `limit`: `drop`, `separator`, `hyphen`, a packed ASCII
  /// replacement, or the replacement scalar.
  static let table: [UInt32] = build()

  /// How a scalar at or above U+2000 folds.
  static func high(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x2010...0x2015, 0x2212: hyphen
    case 0x2018, 0x2019, 0x201B, 0x2032, 0x2035: drop  // ‘ ’ ‛ ′ ‵: ʿayn/hamza marks
    case 0x200B...0x200F, 0x2060, 0xFEFF: drop  // zero-width characters, direction marks
    case 0x2000...0x200A, 0x2016...0x2017, 0x201A, 0x201C...0x2031, 0x2033...0x2034: separator
    case 0x2036...0x205F, 0x3000...0x3003, 0xFF01...0xFF0F: separator
    default: lowercase(value)
    }
  }

  private static func lowercase(_ value: UInt32) -> UInt32 {
    guard hasCase(value), let scalar = Unicode.Scalar(value), scalar.properties.isUppercase
    else { return value }
    let lower = scalar.properties.lowercaseMapping.unicodeScalars
    return lower.count == 1 ? lower.first.map(\.value) ?? value : value
  }

  /// Whether a scalar may be a cased letter: the blocks with case (Latin, Greek, Cyrillic,
  /// Armenian, Georgian, Glagolitic, Coptic, fullwidth Latin, Deseret…); CJK, Arabic and
  /// the other caseless scripts are skipped without a property lookup.
  private static func hasCase(_ value: UInt32) -> Bool {
    value < 0x0600 || (0x10A0...0x10FF).contains(value) || (0x1C80...0x1CBF).contains(value)
      || (0x1E00...0x1FFF).contains(value) || (0x2C00...0x2D2F).contains(value)
      || (0xA640...0xA7FF).contains(value) || (0xFF21...0xFF3A).contains(value)
      || (0x10400...0x1E95F).contains(value)
  }

  private static func build() -> [UInt32] {
    var table = (0..<limit).map { $0 }
    for value in UInt32(0)..<0x80 { table[Int(value)] = ascii(value) }
    for value in UInt32(0x80)..<0xC0 { table[Int(value)] = separator }
    table[0xB4] = drop  // ´
    table[0xAD] = drop  // soft hyphen
    table[0xD7] = separator  // ×
    table[0xF7] = separator  // ÷
    for value in 0x0300..<0x0370 { table[value] = drop }  // combining diacritics
    for value in 0x02B0..<0x0300 { table[value] = drop }  // ʿ ʾ ʼ ʻ ˈ and other modifiers
    for entry in letterFolds.split(separator: "|") {
      let scalars = Array(entry.unicodeScalars.filter { !$0.properties.isWhitespace })
      guard let source = scalars.first, scalars.count >= 2 else { continue }
      table[Int(source.value)] = replacement(Array(scalars.dropFirst()))
    }
    for value in UInt32(0x0400)..<0x0530 where table[Int(value)] == value {
      table[Int(value)] = lowercase(value)
    }
    for value in 0x0370..<0x0400 where table[value] == UInt32(value) {
      table[value] = lowercase(UInt32(value))
    }
    addArabic(to: &table)
    table[0x0589] = separator
    table[0x05BE] = hyphen  // Hebrew maqaf
    for value in 0x0591..<0x05C8 where value != 0x05BE { table[value] = drop }  // Hebrew points
    return table
  }

  private static func ascii(_ value: UInt32) -> UInt32 {
    switch value {
    case 0x41...0x5A: value + 0x20
    case 0x61...0x7A, 0x30...0x39: value
    case 0x27, 0x60: drop  // ' `
    case 0x2D: hyphen
    default: separator
    }
  }

  private static func replacement(_ scalars: [Unicode.Scalar]) -> UInt32 {
    if scalars.count == 1 { return scalars[0].value }
    var packed: UInt32 = 0
    for scalar in scalars.prefix(3).reversed() where scalar.isASCII {
      packed = packed << 8 | scalar.value
    }
    return packedFlag | packed
  }

  /// Arabic script: harakat (U+064B–U+065F, U+0670) and tatweel removed; alef forms to
  /// bare alef; alef maqsura and the hamza seats to their base letters; ta marbuta to ha;
  /// Persian and Kurdish letters (ک ی گ ە ۆ ێ ڵ ڕ ڤ) to the Arabic letters Arabic writers use.
  private static func addArabic(to table: inout [UInt32]) {
    for value in 0x064B...0x065F { table[value] = drop }
    for value in 0x06D6...0x06ED { table[value] = drop }  // Quranic annotation marks
    table[0x0670] = drop
    table[0x0640] = drop  // tatweel
    table[0x0621] = drop  // hamza on the line, like the Latin hamza mark
    let alef: UInt32 = 0x0627
    let yeh: UInt32 = 0x064A
    let heh: UInt32 = 0x0647
    let waw: UInt32 = 0x0648
    let kaf: UInt32 = 0x0643
    let unify: [(UInt32, [UInt32])] = [
      (alef, [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]),
      (yeh, [0x0649, 0x0626, 0x06CC, 0x06CE, 0x06D0, 0x06D2, 0x0678]),
      (heh, [0x0629, 0x06D5, 0x06C1, 0x06BE, 0x06C0]),
      (waw, [0x0624, 0x06C6, 0x06C7, 0x06C8, 0x06C9, 0x06CB, 0x0676]),
      (kaf, [0x06A9, 0x06AA, 0x06AF]),
      (0x0644, [0x06B5]),  // ڵ
      (0x0631, [0x0695]),  // ڕ
      (0x0641, [0x06A4]),  // ڤ
    ]
    for (target, sources) in unify {
      for source in sources { table[Int(source)] = target }
    }
    for digit in UInt32(0)..<10 {
      table[Int(0x0660 + digit)] = 0x30 + digit
      table[Int(0x06F0 + digit)] = 0x30 + digit
    }
    for value in [0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, 0x066D, 0x06D4] {
      table[value] = separator
    }
  }

  /// Letters with their folded form: source letter, then its replacement.
  private static let letterFolds = """
      Àa|Áa|Âa|Ãa|Äa|Åa|Æae|Çc|Èe|Ée|Êe|Ëe|Ìi|Íi|Îi|Ïi|Ðd|Ñn|Òo|
      Óo|Ôo|Õo|Öo|Øo|Ùu|Úu|Ûu|Üu|Ýy|Þth|ßss|àa|áa|âa|ãa|äa|åa|æae|
      çc|èe|ée|êe|ëe|ìi|íi|îi|ïi|ðd|ñn|òo|óo|ôo|õo|öo|øo|ùu|úu|ûu|
      üu|ýy|þth|ÿy|Āa|āa|Ăa|ăa|Ąa|ąa|Ćc|ćc|Ĉc|ĉc|Ċc|ċc|Čc|čc|Ďd|
      ďd|Đd|đd|Ēe|ēe|Ĕe|ĕe|Ėe|ėe|Ęe|ęe|Ěe|ěe|Ĝg|ĝg|Ğg|ğg|Ġg|ġg|Ģg|
      ģg|Ĥh|ĥh|Ħh|ħh|Ĩi|ĩi|Īi|īi|Ĭi|ĭi|Įi|įi|İi|ıi|Ĳij|ĳij|Ĵj|ĵj|
      Ķk|ķk|ĸk|Ĺl|ĺl|Ļl|ļl|Ľl|ľl|Ŀl|ŀl|Łl|łl|Ńn|ńn|Ņn|ņn|Ňn|ňn|
      Ŋng|ŋng|Ōo|ōo|Ŏo|ŏo|Őo|őo|Œoe|œoe|Ŕr|ŕr|Ŗr|ŗr|Řr|řr|Śs|śs|
      Ŝs|ŝs|Şs|şs|Šs|šs|Ţt|ţt|Ťt|ťt|Ŧt|ŧt|Ũu|ũu|Ūu|ūu|Ŭu|ŭu|Ůu|ůu|
      Űu|űu|Ųu|ųu|Ŵw|ŵw|Ŷy|ŷy|Ÿy|Źz|źz|Żz|żz|Žz|žz|ſs|Ɔo|Əe|Ɛe|ƒf|
      ƚl|Ơo|ơo|Ưu|ưu|Ǆdz|ǅdz|ǆdz|Ǉlj|ǈlj|ǉlj|Ǌnj|ǋnj|ǌnj|Ǎa|ǎa|Ǐi|
      ǐi|Ǒo|ǒo|Ǔu|ǔu|Ǖu|ǖu|Ǘu|ǘu|Ǚu|ǚu|Ǜu|ǜu|ǝe|Ǟa|ǟa|Ǡa|ǡa|Ǧg|ǧg|
      Ǩk|ǩk|Ǫo|ǫo|Ǭo|ǭo|ǰj|Ǳdz|ǲdz|ǳdz|Ǵg|ǵg|Ǹn|ǹn|Ǻa|ǻa|Ȁa|ȁa|Ȃa|
      ȃa|Ȅe|ȅe|Ȇe|ȇe|Ȉi|ȉi|Ȋi|ȋi|Ȍo|ȍo|Ȏo|ȏo|Ȑr|ȑr|Ȓr|ȓr|Ȕu|ȕu|Ȗu|
      ȗu|Șs|șs|Țt|țt|Ȟh|ȟh|Ȧa|ȧa|Ȩe|ȩe|Ȫo|ȫo|Ȭo|ȭo|Ȯo|ȯo|Ȱo|ȱo|Ȳy|
      ȳy|Ḁa|ḁa|Ḃb|ḃb|Ḅb|ḅb|Ḇb|ḇb|Ḉc|ḉc|Ḋd|ḋd|Ḍd|ḍd|Ḏd|ḏd|Ḑd|ḑd|Ḓd|
      ḓd|Ḕe|ḕe|Ḗe|ḗe|Ḙe|ḙe|Ḛe|ḛe|Ḝe|ḝe|Ḟf|ḟf|Ḡg|ḡg|Ḣh|ḣh|Ḥh|ḥh|Ḧh|
      ḧh|Ḩh|ḩh|Ḫh|ḫh|Ḭi|ḭi|Ḯi|ḯi|Ḱk|ḱk|Ḳk|ḳk|Ḵk|ḵk|Ḷl|ḷl|Ḹl|ḹl|Ḻl|
      ḻl|Ḽl|ḽl|Ḿm|ḿm|Ṁm|ṁm|Ṃm|ṃm|Ṅn|ṅn|Ṇn|ṇn|Ṉn|ṉn|Ṋn|ṋn|Ṍo|ṍo|Ṏo|
      ṏo|Ṑo|ṑo|Ṓo|ṓo|Ṕp|ṕp|Ṗp|ṗp|Ṙr|ṙr|Ṛr|ṛr|Ṝr|ṝr|Ṟr|ṟr|Ṡs|ṡs|Ṣs|
      ṣs|Ṥs|ṥs|Ṧs|ṧs|Ṩs|ṩs|Ṫt|ṫt|Ṭt|ṭt|Ṯt|ṯt|Ṱt|ṱt|Ṳu|ṳu|Ṵu|ṵu|Ṷu|
      ṷu|Ṹu|ṹu|Ṻu|ṻu|Ṽv|ṽv|Ṿv|ṿv|Ẁw|ẁw|Ẃw|ẃw|Ẅw|ẅw|Ẇw|ẇw|Ẉw|ẉw|Ẋx|
      ẋx|Ẍx|ẍx|Ẏy|ẏy|Ẑz|ẑz|Ẓz|ẓz|Ẕz|ẕz|ẖh|ẗt|ẘw|ẙy|ẛs|Ạa|ạa|Ảa|ảa|
      Ấa|ấa|Ầa|ầa|Ẩa|ẩa|Ẫa|ẫa|Ậa|ậa|Ắa|ắa|Ằa|ằa|Ẳa|ẳa|Ẵa|ẵa|Ặa|ặa|
      Ẹe|ẹe|Ẻe|ẻe|Ẽe|ẽe|Ếe|ếe|Ềe|ềe|Ểe|ểe|Ễe|ễe|Ệe|ệe|Ỉi|ỉi|Ịi|ịi|
      Ọo|ọo|Ỏo|ỏo|Ốo|ốo|Ồo|ồo|Ổo|ổo|Ỗo|ỗo|Ộo|ộo|Ớo|ớo|Ờo|ờo|Ởo|ởo|
      Ỡo|ỡo|Ợo|ợo|Ụu|ụu|Ủu|ủu|Ứu|ứu|Ừu|ừu|Ửu|ửu|Ữu|ữu|Ựu|ựu|Ỳy|ỳy|
      Ỵy|ỵy|Ỷy|ỷy|Ỹy|ỹy|
      Ͱͱ|Ͳͳ|ʹʹ|Ͷͷ|Ϳϳ|Άα|Έε|Ήη|Ίι|Όο|Ύυ|Ώω|ΐι|Αα|Ββ|Γγ|Δδ|Εε|Ζζ|Ηη|
      Θθ|Ιι|Κκ|Λλ|Μμ|Νν|Ξξ|Οο|Ππ|Ρρ|Σσ|Ττ|Υυ|Φφ|Χχ|Ψψ|Ωω|Ϊι|Ϋυ|άα|
      έε|ήη|ίι|ΰυ|ϊι|ϋυ|όο|ύυ|ώω|Ϗϗ|ϓϒ|ϔϒ|Ϙϙ|Ϛϛ|Ϝϝ|Ϟϟ|Ϡϡ|Ϣϣ|Ϥϥ|Ϧϧ|
      Ϩϩ|Ϫϫ|Ϭϭ|Ϯϯ|ϴθ|Ϸϸ|Ϲϲ|Ϻϻ|Ͻͻ|Ͼͼ|Ͽͽ|Ѐе|Ёе|Ђђ|Ѓг|Єє|Ѕѕ|Іі|Їі|Јј|
      Љљ|Њњ|Ћћ|Ќк|Ѝи|Ўу|Џџ|Аа|Бб|Вв|Гг|Дд|Ее|Жж|Зз|Ии|Йи|Кк|Лл|Мм|
      Нн|Оо|Пп|Рр|Сс|Тт|Уу|Фф|Хх|Цц|Чч|Шш|Щщ|Ъъ|Ыы|Ьь|Ээ|Юю|Яя|йи|
      ѐе|ёе|ѓг|їі|ќк|ѝи|ўу|Ѡѡ|Ѣѣ|Ѥѥ|Ѧѧ|Ѩѩ|Ѫѫ|Ѭѭ|Ѯѯ|Ѱѱ|Ѳѳ|Ѵѵ|Ѷѵ|ѷѵ|
      Ѹѹ|Ѻѻ|Ѽѽ|Ѿѿ|Ҁҁ|Ҋҋ|Ҍҍ|Ҏҏ|Ґґ|Ғғ|Ҕҕ|Җҗ|Ҙҙ|Ққ|Ҝҝ|Ҟҟ|Ҡҡ|Ңң|Ҥҥ|Ҧҧ|
      Ҩҩ|Ҫҫ|Ҭҭ|Үү|Ұұ|Ҳҳ|Ҵҵ|Ҷҷ|Ҹҹ|Һһ|Ҽҽ|Ҿҿ|Ӏӏ|Ӂж|ӂж|Ӄӄ|Ӆӆ|Ӈӈ|Ӊӊ|Ӌӌ|
      Ӎӎ|Ӑа|ӑа|Ӓа|ӓа|Ӕӕ|Ӗе|ӗе|Әә|Ӛә|ӛә|Ӝж|ӝж|Ӟз|ӟз|Ӡӡ|Ӣи|ӣи|Ӥи|ӥи|
      Ӧо|ӧо|Өө|Ӫө|ӫө|Ӭэ|ӭэ|Ӯу|ӯу|Ӱу|ӱу|Ӳу|ӳу|Ӵч|ӵч|Ӷӷ|Ӹы|ӹы|Ӻӻ|Ӽӽ|
      Ӿӿ|Ԁԁ|Ԃԃ|Ԅԅ|Ԇԇ|Ԉԉ|Ԋԋ|Ԍԍ|Ԏԏ|Ԑԑ|Ԓԓ|Ԕԕ|Ԗԗ|Ԙԙ|Ԛԛ|Ԝԝ|Ԟԟ|Ԡԡ|Ԣԣ|Ԥԥ|
      Ԧԧ|Ԩԩ|Ԫԫ|Ԭԭ|Ԯԯ|
      ıi|ŀl|Ŀl|ɨi|ŧt|Ŧt|ƚl|ŋng|Ŋng|ĸk|ſs|ƒf|ɛe|Ɛe|ɔo|Ɔo|
      ʃsh|ʒzh|ǝe|əe|Əe|ħh|Ħh|đd|Đd|łl|Łl|
    """
}
