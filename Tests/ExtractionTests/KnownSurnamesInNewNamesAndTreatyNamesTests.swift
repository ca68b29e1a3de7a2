import XCTest
@testable import Extraction

/// A word the lexicon gives a known person alone opening a new person's name after a title of
/// another state, a capitalised "Union" before an accord's noun, commitments to help (no passive
/// after "it was") and to come to a state's aid, and the president of Equatorial Guinea and CEMAC in the lexicon.
final class KnownSurnamesInNewNamesAndTreatyNamesTests: XCTestCase {
    func testAKnownSurnameOpensANewNameAfterAnotherStatesTitle() {
        XCTAssertEqual(edges("قال وزير الخارجية الغابوني تيودورو مبا أوندو إن بلاده ستحترم الحكم. وقال وزير الدفاع الفلبيني تيودورو إن مانيلا سترد.", date: "2025-11-01"),
                       ["teodoro holds_role philippines", "tiodoro_mba_aondo holds_role gabon"])
        XCTAssertEqual(edges("Gabonese Foreign Minister Teodoro Mba Ondo said his country would respect the ruling.", date: "2025-11-01"),
                       ["teodoro_mba_ondo holds_role gabon"])
    }

    func testACapitalisedUnionBeforeATreatyNamesNoOrganisation() {
        let graph = sharedExtractor.extract(text: "Samoa and Fiji signed the Vanua Union treaty in March.", document: "t.txt", date: "2025-11-01")
        XCTAssertEqual(graph.entities.map(\.id).sorted(), ["fiji", "samoa"])
    }

    func testCommitmentsToHelpAndToComeToAStatesAid() {
        XCTAssertEqual(edges("Tonga said it was committed to helping Samoa cope with drought. Under the pact, Japan pledged to come to the aid of Palau in the event of an attack.", date: "2025-11-01"),
                       ["tonga supports samoa", "japan supports palau"])
    }

    func testEquatorialGuineasPresidentAndCEMACAreKnown() {
        XCTAssertEqual(edges("أكد رئيس غينيا الاستوائية تيودورو أوبيانغ أن بلاده والكاميرون العضوين في المجموعة الاقتصادية والنقدية لوسط أفريقيا ستعززان التعاون.", date: "2025-11-01"),
                       ["obiang holds_role equatorial_guinea", "equatorial_guinea member_of cemac", "cameroon member_of cemac"])
    }
}
