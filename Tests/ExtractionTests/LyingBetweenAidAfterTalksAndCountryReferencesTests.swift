import XCTest
@testable import Extraction

/// A state said to lie between two others after a short Arabic apposition and a place, aid with
/// no recipient after talks in its sentence, visa restrictions, lending suspended, "the country"
/// after "to", and Bhutan's fourth king in the lexicon.
final class LyingBetweenAidAfterTalksAndCountryReferencesTests: XCTestCase {
    func testAStateLyingBetweenTwoAfterAnAppositionAndAPlace() {
        XCTAssertEqual(edges("وتعد الصين أكبر شريك تجاري لمنغوليا، الدولة الحبيسة الواقعة في آسيا الوسطى بين روسيا والصين.", date: "2025-11-01"),
                       ["china cooperates_with mongolia", "china borders mongolia", "mongolia borders russia"])
    }

    func testAidWithNoRecipientAfterTalksGoesToTheOtherSide() {
        XCTAssertEqual(edges("وأجرى وزير الخارجية الياباني محادثات مع نظيره الفيتنامي، أعلن في ختامها أن طوكيو ستقدم قرضا ميسرا لتمويل مشاريع البنية التحتية.", date: "2025-11-01"),
                       ["motegi holds_role japan", "motegi met_with vietnam", "japan supports vietnam"])
    }

    func testVisaRestrictionsAndSuspendedLendingToTheCountry() {
        XCTAssertEqual(edges("Canada imposed visa restrictions on several Nicaraguan officials. Nepal's president spoke. The IMF suspended new lending to the country.", date: "2025-11-01"),
                       ["canada sanctions nicaragua", "ram_chandra_poudel holds_role nepal", "imf sanctions nepal"])
    }

    func testTheCountryAsAPlainObjectOrAfterOfIsLeftAlone() {
        XCTAssertEqual(edges("Nepal's president spoke. Critics accuse the party of steering the country towards India.", date: "2025-11-01"),
                       ["ram_chandra_poudel holds_role nepal"])
    }

    func testBhutansFourthKingIsKnown() {
        let graph = sharedExtractor.extract(text: "استقبل الملك الرابع جيغمي سينغي وانغتشوك الوفد.", document: "t.txt", date: "2025-11-11")
        XCTAssertEqual(graph.entities.map(\.id), ["jigme_singye"])
    }
}
