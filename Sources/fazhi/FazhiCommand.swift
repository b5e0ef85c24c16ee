import ArgumentParser
import Logging
import PipelineCore

@main
struct Fazhi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fazhi",
        abstract: "Turns township rule-of-law government reports (法治政府建设年度报告) into comparable statistics.",
        discussion: """
        Stages, in order: ingest (bytes → text + file facts), normalize (script, width, \
        spacing, broken lines, metadata, sections), extract, aggregate, export (CSV under \
        OUT/<pipeline>/). `fazhi run` runs them all; each stage subcommand reruns one stage \
        from the artifact the previous stage stored under OUT/<pipeline>/stages/.

        Exit status: 0 clean, 1 the run failed, 3 finished but some documents had problems \
        (see problems.csv).
        """,
        version: FazhiVersion.current,
        subcommands: [Run.self, IngestCommand.self, NormalizeCommand.self, ExtractCommand.self,
                      AggregateCommand.self, ExportCommand.self, Eval.self])
}
