/// A vector in earth-centred, earth-fixed (ECEF) space, metres.
struct Vector3: Hashable, Sendable {
  var x: Double
  var y: Double
  var z: Double

  static let zero = Vector3(x: 0, y: 0, z: 0)

  static func + (a: Vector3, b: Vector3) -> Vector3 {
    Vector3(x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
  }

  static func - (a: Vector3, b: Vector3) -> Vector3 {
    Vector3(x: a.x - b.x, y: a.y - b.y, z: a.z - b.z)
  }

  static func * (k: Double, a: Vector3) -> Vector3 {
    Vector3(x: k * a.x, y: k * a.y, z: k * a.z)
  }

  static func dot(_ a: Vector3, _ b: Vector3) -> Double { a.x * b.x + a.y * b.y + a.z * b.z }

  var lengthSquared: Double { x * x + y * y + z * z }
  var length: Double { lengthSquared.squareRoot() }
}
