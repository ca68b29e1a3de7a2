import XCTest
import EntityGraph
@testable import Extraction

/// The people of a plural title taken up by "الوزراء", definite Arabic event words read as nouns,
/// "PM" in capitals, "the two governments", datelines naming a place the lexicon lacks, English
/// criticism as a noun, and "the two sides" after a list of more than two.
final class TitledGroupsNominalsAndDatelinesTests: XCTestCase {
    func testTheMinistersAfterAPluralTitleAreItsPeople() {
        let text = "عقد وزراء خارجية تركيا هاكان فيدان وأذربيجان جيهون بيرموف وجورجيا ماكا بوتشوريشفيلي اجتماعاً في قارص. "
            + "وبحث الوزراء سبل تعزيز التعاون بين الدول الثلاث."
        let found = edges(text)
        XCTAssertTrue(found.contains("bayramov met_with fidan"), "\(found)")
        XCTAssertTrue(found.contains("azerbaijan cooperates_with turkey"), "\(found)")
    }

    func testADefiniteArabicEventWordIsANounWithItsNisbaAgent() {
        let found = edges("والتقى غولر الرئيس الأذربيجاني إلهام علييف، الذي أشاد بالدعم التركي لبلاده خلال الحرب.")
        XCTAssertTrue(found.contains("turkey supports azerbaijan"), "\(found)")
        XCTAssertFalse(found.contains("ilham_aliyev supports turkey"), "\(found)")
    }

    func testPMInCapitalsIsATitleAndPmIsNot() {
        XCTAssertTrue(edges("Slovakia's Fico meets Ukrainian PM Svyrydenko at border").contains("svyrydenko holds_role ukraine"))
        XCTAssertFalse(edges("The talks began at 5 pm Svyrydenko said.").contains("svyrydenko holds_role ukraine"))
    }

    func testTheTwoGovernmentsAreTheLastTwoStates() {
        let text = "Slovak Prime Minister Robert Fico met Ukrainian Prime Minister Yulia Svyrydenko. "
            + "Svyrydenko said the two governments agreed to build a new border crossing."
        XCTAssertTrue(edges(text).contains("slovakia cooperates_with ukraine"), "\(edges(text))")
    }

    func testADatelineOfAPlaceTheLexiconLacksNamesNoOutlet() {
        let graph = sharedExtractor.extract(text: "TERMEZ, Uzbekistan, Oct 3 (Reuters) - Fico met Svyrydenko.", document: "t.txt", date: nil)
        XCTAssertNil(graph.entity(id: "reuters"))
        XCTAssertNil(graph.entity(id: "uzbekistan"))
    }

    func testCriticismOfAnActorIsItsCriticism() {
        XCTAssertTrue(edges("Fico repeated his criticism of the European Union's plan to phase out Russian gas.").contains("fico criticizes european_union"))
    }

    func testTheTwoSidesAreNotTheLastTwoOfALongerList() {
        let text = "وشارك في القمة رؤساء كازاخستان قاسم جومارت توكاييف وقرغيزستان صادر جاباروف وطاجيكستان إمام علي رحمن. "
            + "ووقع الجانبان إعلاناً مشتركاً."
        XCTAssertFalse(edges(text).contains("kyrgyzstan cooperates_with tajikistan"), "\(edges(text))")
    }
}
