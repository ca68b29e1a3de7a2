import XCTest
import EntityGraph
@testable import Extraction

/// A gerund after "for" is said of the actor before it; "where" cuts a place off from the verb
/// after it; "its NATO allies" makes the state a member; sides named by nisbas after "between";
/// a name of two words does not take a verb joined by و; "في الهجوم على" after a verb of use;
/// "neighboring X" in a story about another state; aircraft are armed forces.
final class GerundsWhereClausesAndOwnAlliesTests: XCTestCase {
    func testAGerundAfterForIsSaidOfTheActorBeforeIt() {
        let found = edges("The United States has imposed sanctions on Iran over its nuclear programme and for supplying Russia with drones.")
        XCTAssertTrue(found.contains("iran supports russia"), "\(found)")
        XCTAssertFalse(found.contains("united_states supports russia"), "\(found)")
    }

    func testAPlaceBeforeWhereIsNotTheSubjectAfterIt() {
        let found = edges("The freed activists were taken to Poland, where they were welcomed by German diplomats.")
        XCTAssertFalse(found.contains { $0.hasPrefix("poland met_with") || $0.hasSuffix("met_with poland") }, "\(found)")
    }

    func testAStateWithItsBlocAlliesIsAMember() {
        XCTAssertTrue(edges("Latvia asked its NATO allies for more air defence systems.").contains("latvia member_of nato"))
    }

    func testTheTwoSidesAreTheNisbasNamedAfterBetween() {
        let found = edges("Erdogan met Aliyev in Ankara. Erdogan said Turkey would host talks between Armenian and Azerbaijani delegations in Istanbul, where the two sides met twice and agreed on a border deal.")
        XCTAssertFalse(found.contains("azerbaijan met_with turkey"), "\(found)")
        XCTAssertTrue(found.contains("armenia met_with azerbaijan"), "\(found)")
    }

    func testATwoWordNameDoesNotTakeAVerbJoinedByWaw() {
        let graph = sharedExtractor.extract(text: "التقى الرئيس الصربي المبعوث الأمريكي جيمس ماكدونالد ويغادر غدا.", document: "t.txt", date: nil)
        let people = graph.entities.filter { $0.kind == .person }.map(\.aliases)
        XCTAssertFalse(people.contains { $0.contains { $0.contains("ويغادر") } }, "\(people)")
        XCTAssertTrue(people.contains { $0.contains("جيمس ماكدونالد") }, "\(people)")
    }

    func testAnAttackAfterAVerbOfUseIsTheUsers() {
        XCTAssertTrue(edges("وسمحت بيلاروس للقوات الروسية باستخدام أراضيها في الهجوم على أوكرانيا.").contains("russia attacks ukraine"))
    }

    func testANeighbourInAStoryAboutAnotherStateBordersIt() {
        XCTAssertTrue(edges("Belarus freed 20 prisoners on Friday. They were driven to neighboring Lithuania.").contains("belarus borders lithuania"))
    }

    func testAircraftOfAStateAreItsArmedForces() {
        XCTAssertTrue(edges("Spanish aircraft deployed to Lithuania intercepted the Russian planes.").contains("spain deploys_to lithuania"))
    }
}
