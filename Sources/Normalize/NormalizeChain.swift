import PipelineCore

/// The ordered normalization steps for one document. Owns an OpenCC
/// handle, so one chain per worker thread.
struct NormalizeChain {
    private let scriptConverter: ScriptConverter

    init() throws {
        scriptConverter = try ScriptConverter()
    }

    struct Result {
        var script: Script
        var text: MappedText
        /// The county a saved page's publisher line names (a line the text drops as furniture).
        var publisherCounty: String?
    }

    /// Pinyin annotations → script → width → decimal points → spacing →
    /// furniture and line joining.
    func normalize(_ original: String) -> Result {
        var text = PinyinAnnotations.strip(MappedText(original: original))
        let script = ScriptConverter.detect(text.scalars)
        if script == .traditional {
            text = scriptConverter.toSimplified(text)
        }
        WidthFolder.fold(&text)
        DecimalPoints.fold(&text)
        text = SpacingCleaner.clean(text)
        let cleaned = text
        text = LineJoiner.join(cleaned) { line in !FurnitureFilter.isFurniture(cleaned.scalars[line]) }
        return Result(script: script, text: text, publisherCounty: PublisherLine.county(in: cleaned))
    }

    func document(from source: IngestedDocument) -> NormalizedDocument {
        guard let original = source.text else {
            return NormalizedDocument(source: source, script: nil, text: "", offsets: OffsetMap(origins: []),
                                      sections: [], metadata: source.declared,
                                      declaredFields: source.declared.filledFields, embeddedFields: [])
        }
        let result = normalize(original)
        var inferred = MetadataReader(result.text, publisherCounty: result.publisherCounty).read()
        if inferred.issued == nil { inferred.issued = source.published }
        let embedded = result.script == .traditional ? simplified(source.embedded) : source.embedded
        // The manifest beats the file's own metadata, which beats what the text implies.
        let metadata = inferred.overridden(by: embedded).overridden(by: source.declared)
        let declaredFields = source.declared.filledFields
        let sections = SectionSplitter(reportYear: metadata.reportYear).split(result.text)
        return NormalizedDocument(source: source, script: result.script, text: result.text.text,
                                  offsets: OffsetMap(origins: result.text.origins), sections: sections,
                                  metadata: metadata, declaredFields: declaredFields,
                                  embeddedFields: embedded.filledFields.filter { !declaredFields.contains($0) })
    }

    /// Names from a traditional-script page's metadata block, in simplified script like the text.
    private func simplified(_ metadata: DocumentMetadata) -> DocumentMetadata {
        var converted = metadata
        for path in [\DocumentMetadata.township, \.county, \.province, \.docNumber] {
            converted[keyPath: path] = metadata[keyPath: path].map { scriptConverter.toSimplified(MappedText(original: $0)).text }
        }
        return converted
    }
}
