import Foundation

/// The result of a Graphviz job: the drawing, Graphviz's warnings and the time each step took.
public struct RenderedGraph: Sendable {
    /// The bytes of the drawing (SVG text, PNG or PDF data, or DOT text).
    public let data: Data
    /// Non-fatal messages Graphviz reported.
    public let warnings: [String]
    /// Time spent in `gvLayout`, in milliseconds.
    public let layoutMilliseconds: Double
    /// Time spent in `gvRenderData`, in milliseconds.
    public let renderMilliseconds: Double
}
