import Testing

@testable import Borders

@Suite struct Vector3Tests {
  @Test func arithmeticIsComponentwise() {
    let a = Vector3(x: 1, y: 2, z: 2)
    let b = Vector3(x: 3, y: -1, z: 0)
    #expect(a + b == Vector3(x: 4, y: 1, z: 2))
    #expect(a - b == Vector3(x: -2, y: 3, z: 2))
    #expect(2 * a == Vector3(x: 2, y: 4, z: 4))
    #expect(Vector3.dot(a, b) == 1)
    #expect(a.length == 3)
  }
}
