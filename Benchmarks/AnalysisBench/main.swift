import Analysis
import EntityGraph
import Foundation

// ergraph-bench GRAPH.tsv: loads an edge list into the index and times the operations that
// ../shared/bench/baseline.py times for NetworkX, igraph and rustworkx, printing one JSON object
// of milliseconds (and result sizes, to check against the baselines). Edges are read directed
// as written, as the baselines' MultiDiGraph reads them.

func milliseconds(_ start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }

/// Runs `body` once, and again until 0.5 s or 25 runs when it took under 50 ms; the median.
func timed<T>(_ body: () -> T) -> (ms: Double, result: T) {
    var start = DispatchTime.now().uptimeNanoseconds
    var result = body()
    var times = [milliseconds(start)]
    while times[0] < 50, times.count < 25, times.reduce(0, +) < 500 {
        start = DispatchTime.now().uptimeNanoseconds
        result = body()
        times.append(milliseconds(start))
    }
    return (times.sorted()[times.count / 2], result)
}

guard (2...3).contains(CommandLine.arguments.count) else {
    FileHandle.standardError.write(Data("usage: ergraph-bench GRAPH.tsv [QUERIES.json]\n".utf8))
    exit(2)
}
let path = CommandLine.arguments[1]
var report: [String: Any] = [:]
var start = DispatchTime.now().uptimeNanoseconds
guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
    exit(1)
}
let index = try EdgeListIndexReader.read(data, file: path, honoursSymmetry: false)
report["load_build_ms"] = milliseconds(start)
report["nodes"] = index.nodeCount
report["edges"] = index.edgeCount
report["index_bytes"] = index.approximateBytes
report["bytes_per_edge"] = Double(index.approximateBytes) / Double(max(1, index.edgeCount))

let degree = timed { Centrality.degrees(index) }
report["degree_ms"] = degree.ms
let hub = Centrality.top(degree.result, 1)[0]
report["hub"] = index.id(hub)
let traversal = Traversal(nodeCount: index.nodeCount)
for depth in [1, 2, 3] {
    let run = timed { Neighbourhood.nodes(around: hub, in: index, query: NeighbourhoodQuery(depth: depth), traversal: traversal).count }
    report["khop\(depth)_hub_ms"] = run.ms
    report["khop\(depth)_hub_size"] = run.result
}
let typed = NeighbourhoodQuery(depth: 2, types: [.memberOf, .alliedWith, .borders])
let typedRun = timed { Neighbourhood.nodes(around: hub, in: index, query: typed, traversal: traversal).count }
report["typed2_hub_ms"] = typedRun.ms
report["typed2_hub_size"] = typedRun.result

/// A fixed-seed linear congruential generator, so that runs pick the same pairs.
struct PairPicker {
    var state: UInt64 = 12345
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
var picker = PairPicker()
let search = BidirectionalSearch(nodeCount: index.nodeCount)
var pairs = (0..<100).map { _ in (picker.next(index.nodeCount), picker.next(index.nodeCount)) }
if CommandLine.arguments.count == 3, let queries = FileManager.default.contents(atPath: CommandLine.arguments[2]),
   let object = try JSONSerialization.jsonObject(with: queries) as? [String: Any], let named = object["pairs"] as? [[String]] {
    pairs = named.compactMap { pair in index.node(pair[0]).flatMap { a in index.node(pair[1]).map { (a, $0) } } }
}
for (name, direction) in [("sp_und", EdgeDirection.both), ("sp_dir", EdgeDirection.outgoing)] {
    var times: [Double] = []
    var lengths: [Int] = []
    for (a, b) in pairs {
        let begin = DispatchTime.now().uptimeNanoseconds
        let found = Paths.shortest(from: a, to: b, in: index, direction: direction, search: search)
        times.append(milliseconds(begin))
        lengths.append(found?.length ?? -1)
    }
    report["\(name)_rand_median_ms"] = times.sorted()[times.count / 2]
    report["\(name)_rand_found"] = lengths.filter { $0 >= 0 }.count
}
start = DispatchTime.now().uptimeNanoseconds
let pagerank = Centrality.pageRank(index, damping: 0.85, tolerance: 1e-6)
report["pagerank_ms"] = milliseconds(start)
report["pagerank_iterations"] = pagerank.iterations
report["pagerank_top"] = index.id(Centrality.top(pagerank.ranks, 1)[0])
let weak = timed { Components.weak(index).count }
report["wcc_ms"] = weak.ms
report["wcc_count"] = weak.result
let json = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
FileHandle.standardOutput.write(json + Data("\n".utf8))
