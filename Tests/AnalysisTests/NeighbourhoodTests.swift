import XCTest
import EntityGraph
@testable import Analysis

final class NeighbourhoodTests: XCTestCase {
    /// lukashenko -holds_role-> belarus -borders- poland -member_of-> nato; russia -attacks-> ukraine;
    /// belarus -member_of-> union_state <-member_of- russia.
    private func graph() throws -> EntityGraph {
        var graph = EntityGraph()
        for (id, kind) in [("lukashenko", EntityKind.person), ("belarus", .state), ("poland", .state), ("nato", .alliance),
                           ("russia", .state), ("ukraine", .state), ("union_state", .alliance)] {
            graph.add(Entity(id: id, name: id.capitalized, kind: kind))
        }
        for (s, t, o) in [("lukashenko", RelationType.holdsRole, "belarus"), ("poland", .borders, "belarus"),
                          ("poland", .memberOf, "nato"), ("russia", .attacks, "ukraine"),
                          ("belarus", .memberOf, "union_state"), ("russia", .memberOf, "union_state")] {
            try graph.add(Relation(source: s, type: t, target: o))
        }
        return graph
    }

    func testOneHopBothDirections() throws {
        let hits = Neighbourhood.around("belarus", in: AdjacencyIndex(try graph()), query: NeighbourhoodQuery())
        XCTAssertEqual(hits.map(\.id), ["lukashenko", "poland", "union_state"])
        XCTAssertEqual(hits.map(\.direction), [.incoming, .both, .outgoing])
        XCTAssertEqual(hits.map(\.via), ["belarus", "belarus", "belarus"])
    }

    func testTwoHopsReportHopViaAndPath() throws {
        let hits = Neighbourhood.around("belarus", in: AdjacencyIndex(try graph()), query: NeighbourhoodQuery(depth: 2))
        XCTAssertEqual(hits.map(\.id), ["lukashenko", "poland", "union_state", "nato", "russia"])
        XCTAssertEqual(hits.map(\.hop), [1, 1, 1, 2, 2])
        let russia = try XCTUnwrap(hits.first { $0.id == "russia" })
        XCTAssertEqual(russia.via, "union_state")
        XCTAssertEqual(russia.pathTypes, [.memberOf, .memberOf])
        XCTAssertEqual(russia.direction, .incoming)
    }

    func testTypeAndDirectionFilters() throws {
        let index = AdjacencyIndex(try graph())
        let typed = Neighbourhood.around("belarus", in: index, query: NeighbourhoodQuery(depth: 3, types: [.borders, .memberOf]))
        XCTAssertEqual(typed.map(\.id), ["poland", "union_state", "nato", "russia"])
        let outgoing = Neighbourhood.around("belarus", in: index, query: NeighbourhoodQuery(depth: 2, direction: .outgoing))
        XCTAssertEqual(outgoing.map(\.id), ["poland", "union_state", "nato"])
        let incoming = Neighbourhood.around("belarus", in: index, query: NeighbourhoodQuery(direction: .incoming))
        XCTAssertEqual(incoming.map(\.id), ["lukashenko", "poland"])
        let people = Neighbourhood.around("belarus", in: index, query: NeighbourhoodQuery(kinds: [.person]))
        XCTAssertEqual(people.map(\.id), ["lukashenko"])
    }

    func testUnknownCentreGivesNothingAndEgoGraphIsInduced() throws {
        let graph = try graph()
        let index = AdjacencyIndex(graph)
        XCTAssertTrue(Neighbourhood.around("mars", in: index, query: NeighbourhoodQuery()).isEmpty)
        let ego = Neighbourhood.egoGraph("russia", in: graph, index: index, query: NeighbourhoodQuery())
        XCTAssertEqual(ego.entities.map(\.id), ["russia", "ukraine", "union_state"])
        XCTAssertEqual(ego.relationCount, 2)
    }

    func testIndexStoresSymmetricEdgesBothWays() throws {
        let index = AdjacencyIndex(try graph())
        let poland = try XCTUnwrap(index.node("poland"))
        let belarus = try XCTUnwrap(index.node("belarus"))
        XCTAssertTrue(index.edges(of: belarus, .outgoing).contains { Int($0.neighbour) == poland })
        XCTAssertTrue(index.edges(of: poland, .outgoing).contains { Int($0.neighbour) == belarus })
        XCTAssertEqual(index.nodeCount, 7)
    }
}
