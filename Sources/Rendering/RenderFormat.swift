/// Output formats of `GraphvizRenderer` and the CLI's `render --format`.
public enum RenderFormat: String, CaseIterable, Sendable {
    /// Scalable vector graphics, with tooltips carrying the evidence.
    case svg
    /// Raster image drawn by cairo (joins Arabic letters correctly).
    case png
    /// PDF drawn by cairo.
    case pdf
    /// The DOT source itself, before layout.
    case dot
    /// Graphviz's own JSON of the laid-out graph (positions included).
    case json
    /// A self-contained HTML page with the SVG: pan, zoom, search, neighbours on click.
    case html

    /// The Graphviz output format string; cairo is requested explicitly for raster and PDF.
    var graphvizFormat: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .dot: return "dot"
        case .json: return "json"
        case .html: return "svg"
        }
    }
}

/// Graphviz layout engines offered by the renderer.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing of directed graphs; respects clusters.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed; respects clusters.
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
}
