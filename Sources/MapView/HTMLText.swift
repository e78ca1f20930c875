/// Escaping for text placed into HTML, and into the raw-text `<script>` and `<style>`
/// elements, whose content ends at the first `</script` or `</style` whatever its context.
enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references: safe in text and attribute values.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// JavaScript that cannot end its `<script>` element early or open an HTML comment inside
  /// it (HTML §4.12.1.3): `</script` and `<!--` get a backslash, which means the same inside
  /// JavaScript strings, the only place such text occurs in real code.
  static func scriptSafe(_ script: String) -> String {
    let closed = insertingBackslash(beforeOffset: 1, of: "</script", in: script)
    return insertingBackslash(beforeOffset: 1, of: "<!--", in: closed)
  }

  /// CSS that cannot end its `<style>` element early (`\/` is `/` in CSS).
  static func styleSafe(_ css: String) -> String {
    insertingBackslash(beforeOffset: 1, of: "</style", in: css)
  }

  /// JSON bytes for a `<script type="application/json">` element: `<`, `>` and `&` occur in
  /// JSON only inside strings, where `\u003c` and friends mean the same to `JSON.parse`.
  static func scriptSafeJSON(_ json: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(json.count)
    for byte in json {
      switch byte {
      case UInt8(ascii: "<"): result += Array("\\u003c".utf8)
      case UInt8(ascii: ">"): result += Array("\\u003e".utf8)
      case UInt8(ascii: "&"): result += Array("\\u0026".utf8)
      default: result.append(byte)
      }
    }
    return result
  }

  /// `text` with a backslash inserted `offset` bytes into every ASCII-case-insensitive
  /// occurrence of `target`, keeping the occurrence's own case.
  static func insertingBackslash(beforeOffset offset: Int, of target: String, in text: String)
    -> String
  {
    let needle = Array(target.lowercased().utf8)
    let bytes = Array(text.utf8)
    guard !needle.isEmpty, bytes.count >= needle.count else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if index + needle.count <= bytes.count,
        zip(bytes[index..<index + needle.count], needle).allSatisfy({ lowercase($0) == $1 })
      {
        result += bytes[index..<index + offset]
        result.append(UInt8(ascii: "\\"))
        result += bytes[index + offset..<index + needle.count]
        index += needle.count
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  private static func lowercase(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
