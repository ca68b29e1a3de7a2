import EntityGraph

/// Draws an entity graph: DOT from `DOTWriter`, laid out and rendered by `GraphvizRenderer`.
public struct GraphRenderer: Sendable {
    /// How the DOT text is written.
    public var writer: DOTWriter

    /// Creates a renderer with a DOT writer.
    public init(writer: DOTWriter = DOTWriter()) { self.writer = writer }

    /// Draws `graph` with `layout` in `format`.
    public func render(_ graph: EntityGraph, layout: LayoutEngine = .dot, format: RenderFormat = .svg) throws -> RenderedGraph {
        let drawing = try GraphvizRenderer.shared.render(dot: writer.dot(graph, layout: layout), layout: layout, format: format)
        guard format == .html else { return drawing }
        let page = HTMLPage.make(svg: drawing.data, graph: graph, title: writer.title ?? "ergraph")
        return RenderedGraph(data: page, warnings: drawing.warnings, layoutMilliseconds: drawing.layoutMilliseconds,
                             renderMilliseconds: drawing.renderMilliseconds)
    }
}
