import CGraphviz
import Foundation

/// Text that Graphviz reported through the error callback during the current job (it sends a
/// message in pieces: "Error", ": ", the text). Only touched while `GraphvizRenderer`'s lock is held.
nonisolated(unsafe) private var graphvizOutput = ""

/// The one Graphviz engine of the process: owns the `GVC_t` context and serialises every job
/// behind a lock (the DOT parser and the error state of libcgraph are global and not
/// thread-safe). Every `agmemread` is paired with `agclose`, every `gvLayout` with
/// `gvFreeLayout`, every `gvRenderData` with `gvFreeRenderData`. Errors and warnings are
/// captured through `agseterrf`, never printed. This is the only file that calls libgvc.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The shared engine.
    public static let shared = GraphvizRenderer()

    private let context: OpaquePointer?
    private let lock = NSLock()
    private let layoutPlugins: [String]

    private init() {
        context = gvContext()
        var plugins: [String] = []
        if let context {
            var count: Int32 = 0
            if let list = gvPluginList(context, "layout", &count, nil) {
                for index in 0..<Int(count) {
                    if let name = list[index] {
                        plugins.append(String(cString: name))
                        free(name)
                    }
                }
                free(list)
            }
        }
        layoutPlugins = plugins
        _ = agseterrf { message in
            if let message { graphvizOutput += String(cString: message) }
            return 0
        }
    }

    /// The Graphviz version string.
    public var version: String {
        guard let context, let text = gvcVersion(context) else { return "unknown" }
        return String(cString: text)
    }

    /// Lays out `dot` with `layout` and draws it in `format`. `.dot` returns the text unchanged.
    /// Throws `RenderError` with Graphviz's own message on failure.
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws -> RenderedGraph {
        if format == .dot { return RenderedGraph(data: Data(dot.utf8), warnings: [], layoutMilliseconds: 0, renderMilliseconds: 0) }
        lock.lock()
        defer { lock.unlock() }
        guard let context, !layoutPlugins.isEmpty else { throw RenderError.noPlugins }
        graphvizOutput = ""
        agreseterrors()
        guard let graph = ergraph_read_dot(dot) else {
            throw RenderError.syntax(firstError() ?? "syntax error")
        }
        defer { agclose(graph) }
        let layoutStart = DispatchTime.now().uptimeNanoseconds
        guard gvLayout(context, graph, layout.rawValue) == 0 else {
            throw RenderError.layout(engine: layout.rawValue, message: firstError() ?? "unknown engine")
        }
        defer { gvFreeLayout(context, graph) }
        ergraph_sort_clusters(graph)
        let renderStart = DispatchTime.now().uptimeNanoseconds
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format.graphvizFormat, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else {
            throw RenderError.render(format: format.rawValue, message: firstError() ?? "no output")
        }
        if let error = firstError() { throw RenderError.render(format: format.rawValue, message: error) }
        let renderEnd = DispatchTime.now().uptimeNanoseconds
        return RenderedGraph(data: Data(bytes: buffer, count: Int(length)), warnings: messages.filter { !$0.hasPrefix("Error") },
                             layoutMilliseconds: Double(renderStart - layoutStart) / 1e6,
                             renderMilliseconds: Double(renderEnd - renderStart) / 1e6)
    }

    /// The messages of the current job, one per line.
    private var messages: [String] {
        graphvizOutput.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The nodes and edges of DOT text with all their attributes, read by Graphviz's own parser
    /// (`agmemread`), and the graph's `ergraph` attribute. Throws `RenderError.syntax`.
    public func parse(dot: String) throws -> ParsedDOT {
        lock.lock()
        defer { lock.unlock() }
        graphvizOutput = ""
        agreseterrors()
        guard let graph = ergraph_read_dot(dot) else { throw RenderError.syntax(firstError() ?? "syntax error") }
        defer { agclose(graph) }
        func attributes(_ object: UnsafeMutableRawPointer, kind: Int32) -> [String: String] {
            var result: [String: String] = [:]
            var symbol = agnxtattr(graph, kind, nil)
            while let current = symbol {
                if let name = current.pointee.name, let value = agxget(object, current) {
                    let text = String(cString: value)
                    if !text.isEmpty { result[String(cString: name)] = text }
                }
                symbol = agnxtattr(graph, kind, current)
            }
            return result
        }
        var parsed = ParsedDOT()
        parsed.graphAttributes = attributes(UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH))
        var node = agfstnode(graph)
        while let current = node {
            parsed.nodes.append((String(cString: agnameof(current)), attributes(UnsafeMutableRawPointer(current), kind: Int32(AGNODE))))
            var edge = agfstout(graph, current)
            while let out = edge {
                let tail = String(cString: agnameof(ergraph_edge_tail(out)))
                let head = String(cString: agnameof(ergraph_edge_head(out)))
                parsed.edges.append((tail, head, attributes(UnsafeMutableRawPointer(out), kind: Int32(AGEDGE))))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        return parsed
    }

    private func firstError() -> String? {
        let errors = messages.filter { $0.hasPrefix("Error") }
        let message = errors.first ?? (agerrors() > 0 ? aglasterr().map { String(cString: $0) } : nil)
        return message?.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }
}
