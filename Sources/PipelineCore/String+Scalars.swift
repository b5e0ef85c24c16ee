extension String {
    /// A string of `scalars`, encoded straight into the string's UTF-8
    /// storage. `String.UnicodeScalarView.append(contentsOf:)` goes through a
    /// generic map to UTF-32 and a transcoding pass; it was about a quarter of
    /// normalize's time. Inlinable so each caller gets a specialized copy.
    @inlinable
    public init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}

extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 in one pass.
    /// `Array(unicodeScalars)` walks the generic view twice (count, then
    /// copy), which showed up at several percent of normalize and extract.
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(Self.decodeScalars) ?? Array(text.unicodeScalars)
    }

    /// How many Unicode scalars the string has: its UTF-8 bytes that do not
    /// continue a scalar.
    public var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
            ?? unicodeScalars.count
    }

    /// Decodes well-formed UTF-8 (a native String's storage is always valid).
    private static func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
            var index = 0
            count = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                let value: UInt32
                func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | continuation(1)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
                    index += 3
                } else {
                    value = (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
                    index += 4
                }
                scalars.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                count += 1
            }
        }
    }
}
