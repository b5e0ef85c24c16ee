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
