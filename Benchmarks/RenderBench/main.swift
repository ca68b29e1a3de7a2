import Foundation
import Rendering

// ergraph-render-bench FILE.dot [REPEAT] [LAYOUT] [FORMAT]: lays out and draws the DOT file
// REPEAT times in this process through libgvc and prints the median milliseconds per render,
// for comparison with spawning `dot` on the same file and for leak checks under valgrind.

let arguments = CommandLine.arguments
guard (2...5).contains(arguments.count), let text = try? String(contentsOfFile: arguments[1], encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: ergraph-render-bench FILE.dot [REPEAT] [LAYOUT] [FORMAT]\n".utf8))
    exit(2)
}
let repeatCount = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
let layout = arguments.count > 3 ? LayoutEngine(rawValue: arguments[3]) ?? .dot : .dot
let format = arguments.count > 4 ? RenderFormat(rawValue: arguments[4]) ?? .svg : .svg
var times: [Double] = []
var layouts: [Double] = []
var renders: [Double] = []
var bytes = 0
for _ in 0..<repeatCount {
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        let drawing = try GraphvizRenderer.shared.render(dot: text, layout: layout, format: format)
        bytes = drawing.data.count
        layouts.append(drawing.layoutMilliseconds)
        renders.append(drawing.renderMilliseconds)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
}
let median: ([Double]) -> Double = { $0.sorted()[$0.count / 2] }
print(String(format: "%.3f ms median over %d renders (layout %.3f, render %.3f; %d bytes)",
             median(times), repeatCount, median(layouts), median(renders), bytes))
