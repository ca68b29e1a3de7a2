import XCTest
import EntityGraph
@testable import Extraction

/// Namesakes, companies named by their own word, plural titles before unknown names, compound
/// Arabic names, states lying between others and borders owned by a plural of states.
final class NamesakesCompaniesAndStatesBetweenTests: XCTestCase {
    func testAnotherGivenNameBeforeAKnownSurnameIsANamesake() {
        let found = edges("Akylbek Japarov, who is not related to President Sadyr Japarov, led the cabinet.")
        XCTAssertTrue(found.contains("japarov holds_role kyrgyzstan"), "\(found)")
        let graph = sharedExtractor.extract(text: "Akylbek Japarov, who is not related to President Sadyr Japarov, led the cabinet.",
                                            document: "t.txt", date: nil)
        XCTAssertNotNil(graph.entity(id: "akylbek_japarov"))
        XCTAssertNil(sharedExtractor.extract(text: "Alyaksandr Lukashenka met Putin.", document: "t.txt", date: nil).entity(id: "alyaksandr_lukashenka"),
                     "a spelling of the known given name")
    }

    func testACapitalisedWordBeforeBankNamesACompany() {
        let found = edges("Washington imposed sanctions on Keremet Bank, a lender it accused of helping Russia.")
        XCTAssertTrue(found.contains("united_states sanctions keremet_bank"), "\(found)")
        let central = sharedExtractor.extract(text: "The Central Bank raised rates.", document: "t.txt", date: nil)
        XCTAssertNil(central.entity(id: "central_bank"))
    }

    func testAPluralTitleBeforeUnknownNamesSeparatedByCommas() {
        let text = "وشارك في الاجتماع وزراء خارجية كازاخستان مراد نورتليو، وقرغيزستان جينبيك كولوبايف، وطاجيكستان سيروج الدين مهر الدين."
        XCTAssertEqual(Set(offices(ofRole: "foreign_minister", in: text)), ["kazakhstan", "kyrgyzstan", "tajikistan"])
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: nil)
        XCTAssertEqual(graph.relations.filter { $0.type == .holdsRole && $0.target == "tajikistan" }.map(\.source).count, 1)
        XCTAssertTrue(graph.relations.contains { $0.type == .holdsRole && $0.target == "tajikistan" && $0.source.hasSuffix("aldin_mhr_aldin") },
                      "the compound name keeps both its halves")
    }

    func testTheStanNisbaNamesItsState() {
        XCTAssertTrue(edges("والتقى لافروف نظيره التركمانستاني راشد مريدوف في عشق آباد.").contains { $0.hasSuffix("holds_role turkmenistan") })
    }

    func testAStateLyingBetweenTwoStatesBordersEach() {
        let arabic = edges("وتقع منغوليا بين روسيا والصين، وتعتمد على جارتها الشمالية في الوقود.")
        XCTAssertTrue(arabic.isSuperset(of: ["mongolia borders russia", "china borders mongolia"]), "\(arabic)")
        let english = edges("Mongolia, sandwiched between Russia and China, imports most of its fuel.")
        XCTAssertTrue(english.isSuperset(of: ["mongolia borders russia", "china borders mongolia"]), "\(english)")
        XCTAssertFalse(english.contains("china borders russia"), "the text says nothing of the two others")
    }

    func testAKnownAirBaseTownIsNamed() {
        XCTAssertNotNil(sharedExtractor.extract(text: "Kyrgyzstan hosts a Russian air base in Kant.", document: "t.txt", date: nil).entity(id: "kant"))
    }

    func testABorderOwnedAfterAPluralOfStatesIsNotTheSpeakersState() {
        XCTAssertFalse(edges("وقال المتحدث إن بكين تدعم جهود دول آسيا الوسطى لحماية حدودها مع أفغانستان.").contains("afghanistan borders china"))
        XCTAssertTrue(edges("وقال المتحدث إن بكين تعمل على حماية حدودها مع أفغانستان.").contains("afghanistan borders china"))
    }
}
