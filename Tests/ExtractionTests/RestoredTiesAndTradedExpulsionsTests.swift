import XCTest
import EntityGraph
@testable import Extraction

/// Restored ties as cooperation, an ambassador appointed "for the Kingdom" or "as its envoy",
/// expulsions two states trade, and "a meeting between" after a preposition or "followed".
final class RestoredTiesAndTradedExpulsionsTests: XCTestCase {
    func testRestoringDiplomaticTiesIsCooperation() {
        XCTAssertEqual(edges("India and Canada on Thursday named new high commissioners to each other's capitals, restoring diplomatic ties that collapsed two years ago.",
                             date: "2025-08-28"), ["canada cooperates_with india"])
    }

    func testResumingDiplomaticRelationsIsCooperation() {
        XCTAssertEqual(edges("أعلنت مصر وإيران استئناف العلاقات الدبلوماسية بينهما.", date: "2025-11-20"), ["egypt cooperates_with iran"])
    }

    func testAnAmbassadorAppointedForTheAppointersOwnKingdom() {
        let graph = sharedExtractor.extract(text: "وافق الملك محمد السادس على تعيين الدبلوماسي محمد الكريني سفيرا للمملكة لدى الجمهورية العربية السورية.",
                                            document: "t.txt", date: "2025-11-20")
        XCTAssertEqual(role(graph, "mhmd_alkrini", "morocco"), "ambassador")
    }

    func testAnEnvoyAppointedAsItsEnvoy() {
        let graph = sharedExtractor.extract(text: "Canada appointed Christopher Cooter as its envoy to India.", document: "t.txt", date: "2025-08-28")
        XCTAssertEqual(role(graph, "christopher_cooter", "canada"), "envoy")
    }

    func testExpulsionsTwoStatesTrade() {
        XCTAssertEqual(edges("India and Canada clashed. Both countries expelled each other's top diplomats in October 2024.", date: "2025-08-28"),
                       ["india sanctions canada", "canada sanctions india"])
    }

    func testAMeetingBetweenAfterAPrepositionOrAVerbOfFollowing() {
        XCTAssertTrue(edges("The announcement followed a meeting between Prime Minister Narendra Modi and Canadian Prime Minister Mark Carney.",
                            date: "2025-08-28").contains("carney met_with modi"))
        XCTAssertTrue(edges("The deal was agreed during talks between Chinese President Xi Jinping and U.S. President Donald Trump in Busan.",
                            date: "2025-10-30").contains("trump met_with xi_jinping"))
        XCTAssertFalse(edges("Turkey is ready to host a meeting between Putin and Zelenskiy.", date: "2025-10-30").contains("putin met_with zelensky"))
    }
}
