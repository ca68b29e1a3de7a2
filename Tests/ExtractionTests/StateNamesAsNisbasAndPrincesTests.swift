import XCTest
@testable import Extraction

/// A state's name spelled as its feminine nisba after a definite feminine noun, a prince's
/// honorific before a new name, heads of state of Central Africa in the lexicon, and acronyms of
/// names with a possessive inside.
final class StateNamesAsNisbasAndPrincesTests: XCTestCase {
    func testTheSaudiNameAfterADefiniteFeminineNounIsTheNisba() {
        XCTAssertEqual(edges("وقالت وزارة الخارجية السعودية في بيان إن المملكة ترحب بالاتفاق."),
                       ["saudi_arabia_foreign_ministry part_of saudi_arabia"])
        XCTAssertEqual(edges("ودانت الحكومة السعودية الهجوم."), ["saudi_arabia_government part_of saudi_arabia"])
        XCTAssertEqual(edges("زار ماكرون السعودية."), ["macron met_with saudi_arabia"], "after a verb it is the state")
    }

    func testAPrincesHonorificBeforeANewNameGivesNoOfficeOfTheStorysState() {
        let text = "بيروت - رويترز\n\nوقال الأمير يزيد بن فرحان إن المملكة ترحب بالاتفاق."
        XCTAssertEqual(entityKinds(in: text), ["izid_bn_frhan person"])
        XCTAssertEqual(edges(text), [])
    }

    func testCentralAfricanHeadsOfStateAreKnown() {
        let found = edges("Rwandan President Paul Kagame met President Felix Tshisekedi in Washington.", date: "2025-06-27")
        XCTAssertTrue(found.isSuperset(of: ["felix_tshisekedi holds_role dr_congo", "paul_kagame holds_role rwanda"]), "\(found)")
        XCTAssertEqual(offices(ofRole: "president", in: "President Joseph Kabila met the envoy.", date: "2010-05-01"), ["dr_congo"])
    }

    func testAnAcronymAfterANameWithAPossessiveInside() {
        XCTAssertEqual(entityKinds(in: "The People's Party for Reconstruction and Democracy (PPRD) denounced the verdict."),
                       ["peoples_party_for_reconstruction_and_democracy organization"])
    }
}
