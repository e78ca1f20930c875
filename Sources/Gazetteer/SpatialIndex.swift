/// An implicit k-d tree over the places' unit vectors on the sphere: the order array itself
/// is the tree (each range's middle element splits it on axis depth mod 3), so it needs no
/// pointers and can live in the store image. Chord length between unit vectors grows with
/// the great-circle distance, so the k nearest by chord are the k nearest on the sphere.
enum SpatialIndex {
  /// Whether places of this kind are points worth returning from reverse geocoding
  /// (countries and regions are not).
  static func isIndexed(_ kind: Place.Kind) -> Bool { kind != .country && kind != .region }

  /// The tree order of the indexed places.
  static func order(of places: [PlaceRecord]) -> [UInt32] {
    var vectors = [SIMD3<Double>](repeating: .zero, count: places.count)
    var members: [UInt32] = []
    for (number, place) in places.enumerated()
    where isIndexed(place.kind) && place.latitude.isFinite {
      vectors[number] = SphereMath.unitVector(latitude: place.latitude, longitude: place.longitude)
      members.append(UInt32(number))
    }
    build(&members, vectors: vectors, range: 0..<members.count, depth: 0)
    return members
  }

  private static func build(
    _ members: inout [UInt32], vectors: [SIMD3<Double>], range: Range<Int>, depth: Int
  ) {
    guard range.count > 1 else { return }
    let middle = (range.lowerBound + range.upperBound) / 2
    select(&members, vectors: vectors, range: range, nth: middle, axis: depth % 3)
    build(&members, vectors: vectors, range: range.lowerBound..<middle, depth: depth + 1)
    build(&members, vectors: vectors, range: (middle + 1)..<range.upperBound, depth: depth + 1)
  }

  /// Quickselect (Hoare partition, middle pivot): afterwards `members[nth]` has the value
  /// it would have if the range were sorted on `axis`, smaller or equal ones before it.
  private static func select(
    _ members: inout [UInt32], vectors: [SIMD3<Double>], range: Range<Int>, nth: Int, axis: Int
  ) {
    var low = range.lowerBound
    var high = range.upperBound - 1
    while low < high {
      let pivot = vectors[Int(members[(low + high) / 2])][axis]
      var i = low
      var j = high
      while i <= j {
        while vectors[Int(members[i])][axis] < pivot { i += 1 }
        while vectors[Int(members[j])][axis] > pivot { j -= 1 }
        if i <= j {
          members.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if nth <= j {
        high = j
      } else if nth >= i {
        low = i
      } else {
        return
      }
    }
  }

  /// The `count` indexed places nearest to `target` on the sphere, nearest first, with
  /// their chord lengths (unit sphere).
  static func nearest(
    in store: GazetteerStore, to target: SIMD3<Double>, count: Int
  ) -> [(place: Int, chord: Double)] {
    var best: [(place: Int, chord: Double)] = []
    best.reserveCapacity(count + 1)
    search(store, target, count, 0..<store.spatialOrder.count, 0, &best)
    return best
  }

  private static func search(
    _ store: GazetteerStore, _ target: SIMD3<Double>, _ count: Int, _ range: Range<Int>,
    _ depth: Int, _ best: inout [(place: Int, chord: Double)]
  ) {
    guard !range.isEmpty, count > 0 else { return }
    let middle = (range.lowerBound + range.upperBound) / 2
    let place = Int(store.spatialOrder[middle])
    let vector = SphereMath.unitVector(
      latitude: store.placeLatitude[place], longitude: store.placeLongitude[place])
    let offset = vector - target
    let chord = (offset * offset).sum().squareRoot()
    if best.count < count || chord < best[best.count - 1].chord {
      let position = best.firstIndex { $0.chord > chord } ?? best.count
      best.insert((place, chord), at: position)
      if best.count > count { best.removeLast() }
    }
    let axis = depth % 3
    let difference = target[axis] - vector[axis]
    let near = difference < 0 ? range.lowerBound..<middle : (middle + 1)..<range.upperBound
    let far = difference < 0 ? (middle + 1)..<range.upperBound : range.lowerBound..<middle
    search(store, target, count, near, depth + 1, &best)
    if best.count < count || abs(difference) < best[best.count - 1].chord {
      search(store, target, count, far, depth + 1, &best)
    }
  }
}
