import XCTest
import EntityGraph
@testable import Extraction

/// A known person set off by commas after a title and what its office is for, a person who heads
/// an office in a relative clause, an Arabic "allies" noun that is a verb's object, a list driven
/// to an event ("prompted A and B to request"), "both countries" as the subjects of two clauses,
/// an attack with no attacker after "during" done by the forces named before, a bloc's part after
/// another bloc's possessive, "request" after an article as a noun of no event, "our" in a quote
/// as the speaker's state, and a border measured in brackets inside a relative clause.
final class EnvoysHeadsAndCausedRequestsTests: XCTestCase {
    func testAKnownPersonAfterATitlesPurposeHoldsItsRole() {
        let arabic = edges("قال المبعوث الخاص للرئيس الروسي لشؤون الاستثمار، كيريل دميترييف، إن الاتفاق قريب.", date: "2025-11-01")
        XCTAssertEqual(arabic, ["dmitriev holds_role russia"])
        let english = edges("Russia's special envoy for investment and trade, Kirill Dmitriev, said a deal was near.", date: "2025-11-01")
        XCTAssertEqual(english, ["dmitriev holds_role russia"])
    }

    func testAKnownPersonServingAnotherStateOrListedHoldsNoRoleAndThePurposeNamesNoOne() {
        let other = sharedExtractor.extract(text: "قال المبعوث الأمريكي الخاص لشؤون الاستثمار، كيريل دميترييف، إن الاتفاق قريب.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(Set(other.entities.map(\.id)), ["dmitriev", "united_states"])
        XCTAssertTrue(other.relations.isEmpty)
        let listed = sharedExtractor.extract(text: "قال المبعوث الروسي الخاص لشؤون الاستثمار، كيريل دميترييف وستيف ويتكوف، إن الاتفاق قريب.",
                                             document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(Set(listed.entities.map(\.id)), ["dmitriev", "russia", "witkoff"])
        XCTAssertFalse(listed.relations.contains { $0.source == "witkoff" && $0.type == .holdsRole }, "\(listed.relations)")
    }

    func testAPersonWhoHeadsAnOfficeHoldsItsRole() {
        let arabic = sharedExtractor.extract(text: "قال دميترييف، الذي يرأس أيضاً صندوق الاستثمار المباشر الروسي، إن الاتفاق قريب.",
                                             document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(role(arabic, "dmitriev", "rdif"), "head")
        let english = edges("Dmitriev, who also heads the Russian Direct Investment Fund, said a deal was near.", date: "2025-11-01")
        XCTAssertEqual(english, ["dmitriev holds_role rdif", "rdif part_of russia"])
    }

    func testWhoLeadsAStateGivesARoleOnlyWhenTheLexiconKnowsIt() {
        XCTAssertEqual(edges("Zelensky, who leads Russia, said a deal was near.", date: "2025-11-01"), [])
        XCTAssertEqual(edges("Putin, who leads Russia, said a deal was near.", date: "2025-11-01"), ["putin holds_role russia"])
    }

    func testArabicAlliesAfterAVerbAreItsObject() {
        let found = edges("ودعا الرئيس الليتواني غيتاناس ناوسيدا حلفاء بولندا إلى زيادة الإنفاق الدفاعي.", date: "2025-11-01")
        XCTAssertEqual(found, ["nauseda holds_role lithuania"])
        XCTAssertEqual(edges("وأعربت الولايات المتحدة عن دعمها لحليفتها الفلبين.", date: "2025-11-01"),
                       ["philippines allied_with united_states"])
    }

    func testAListDrivenToRequestRequestsAndDidSo() {
        let text = "The strikes prompted Latvia and Lithuania to request help from NATO."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["latvia requests nato", "lithuania requests nato"])
        XCTAssertNil(attribute("modality", of: "latvia requests nato", in: text, date: "2025-11-01"))
    }

    func testBothCountriesAreTheSubjectsOfTwoClauses() {
        let found = edges("Romania scrambled jets as Russian drones struck Izmail, and Moldova said a drone crashed on its territory, "
                          + "prompting both countries to request help from NATO.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["moldova requests nato", "romania requests nato"]), "\(found.sorted())")
        XCTAssertFalse(found.contains("russia requests nato"), "\(found.sorted())")
    }

    func testAnAttackDuringWhichForcesActIsTheirStates() {
        XCTAssertEqual(edges("Russian drones entered Polish airspace during an overnight attack on Ukraine.", date: "2025-11-01"),
                       ["russia attacks ukraine", "russia_army part_of russia"])
        XCTAssertEqual(edges("Russian troops were seen during an attack on Kharkiv by unknown gunmen.", date: "2025-11-01"),
                       ["russia_army part_of russia"])
    }

    func testABlocsPartAfterAnotherBlocsPossessiveIsNotNamed() {
        let other = sharedExtractor.extract(text: "EU leaders will discuss a drone wall along the bloc's eastern flank.", document: "t.txt",
                                            date: "2025-11-01")
        XCTAssertEqual(other.entities.map(\.id), ["european_union"])
        let own = sharedExtractor.extract(text: "NATO leaders will discuss a drone wall along the alliance's eastern flank.", document: "t.txt",
                                          date: "2025-11-01")
        XCTAssertEqual(Set(own.entities.map(\.id)), ["nato", "nato_east"])
    }

    func testARequestAfterAnArticleIsNoEventButToRequestIs() {
        XCTAssertEqual(edges("Algeria freed the writer in response to a request from Germany.", date: "2025-11-01"), [])
        XCTAssertEqual(edges("Germany decided to request help from France.", date: "2025-11-01"), ["germany requests france"])
    }

    func testOurInAQuoteIsTheSpeakersState() {
        XCTAssertEqual(edges("\"Canada is our closest ally,\" Danish Foreign Minister Lars Lokke Rasmussen said.", date: "2025-11-01"),
                       ["canada allied_with denmark", "lokke_rasmussen holds_role denmark"])
    }

    func testABorderMeasuredInBracketsInARelativeClauseIsTheHeads() {
        XCTAssertEqual(edges("Finland, which shares a 1,340-km (830-mile) border with Russia, joined NATO in 2023.", date: "2025-11-01"),
                       ["finland borders russia", "finland member_of nato"])
    }
}
