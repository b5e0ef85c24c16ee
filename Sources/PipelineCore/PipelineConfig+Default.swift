extension PipelineConfig {
    /// What a pipeline file may leave out.
    public static let `default` = PipelineConfig(
        version: currentVersion,
        name: "rule-of-law",
        input: "../data/reports",
        output: "../out",
        catalogue: "indicators/rule-of-law.yaml",
        options: .default)
}

extension PipelineConfig.Options {
    public static let `default` = PipelineConfig.Options(csvBOM: true, sheetLanguage: .zh)
}
