/// One cell of a sheet row.
public enum XLSXCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    /// A fraction shown with the percent format (0.25 → 25.00%).
    case percent(Double)
    case empty
}

/// What a worksheet holds besides its rows: a header row, comments on
/// cells, line charts and conditional formats.
public struct SheetLayout: Sendable {
    public var name: String
    public var header: [String]
    public var comments: [CellComment] = []
    public var charts: [LineChart] = []
    public var conditionalFormats: [SignFormat] = []
    /// Wrap text in the data cells (the summary sheet's prose).
    public var wrapsText = false
    /// Rows at the end that are not part of the table (the comparison's
    /// yearly totals): outside the autofilter and conditional formats.
    public var footerRows = 0

    public init(name: String, header: [String]) {
        self.name = name
        self.header = header
    }
}

/// A note on one cell; rows and columns count from 0, row 0 being the header.
public struct CellComment: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var text: String

    public init(row: Int, column: Int, text: String) {
        self.row = row
        self.column = column
        self.text = text
    }
}

/// A native line chart of one series, anchored on the sheet.
public struct LineChart: Sendable, Equatable {
    public var title: String
    /// Cell ranges in A1 notation on this sheet, e.g. `D1:G1`.
    public var categories: String
    public var values: String
    /// Top-left cell of the chart (0-based row and column); it spans 8 columns and 15 rows.
    public var row: Int
    public var column: Int

    public init(title: String, categories: String, values: String, row: Int, column: Int) {
        self.title = title
        self.categories = categories
        self.values = values
        self.row = row
        self.column = column
    }
}

/// Red below zero, green above, on one column's data cells.
public struct SignFormat: Sendable, Equatable {
    public var column: Int

    public init(column: Int) {
        self.column = column
    }
}
