import ArgumentParser
import Logging
import PipelineCore

@main
struct Fazhi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fazhi",
        abstract: "Turns township rule-of-law government reports (法治政府建设年度报告) into comparable statistics.",
        discussion: """
        Stages, in order: ingest (.txt .md .html .docx .pdf .doc .wps → text + file facts), normalize (script, width, \
        spacing, broken lines, metadata, sections), extract (indicator mentions, with the \
        catalogue), aggregate (township-year values, panel, comparison), export (CSV files and \
        report.xlsx under OUT/<pipeline>/). `fazhi run` runs them all; a stage subcommand reruns from that \
        stage, reading the artifact the previous stage stored under OUT/<pipeline>/stages/. \
        Stages whose inputs are unchanged are skipped, and within a stage only changed \
        documents are redone (--force redoes all). One run at a time per output folder.

        Exit status: 0 clean; 1 the run failed (bad pipeline or catalogue, missing input or \
        artifact, another run holds the lock); 3 finished but some documents had problems \
        (see problems.csv).
        """,
        version: FazhiVersion.current,
        subcommands: [Run.self, IngestCommand.self, NormalizeCommand.self, ExtractCommand.self,
                      AggregateCommand.self, ExportCommand.self, Eval.self])
}
