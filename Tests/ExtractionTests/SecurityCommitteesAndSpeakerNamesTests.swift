import XCTest
import EntityGraph
@testable import Extraction

/// A state's national security committee is its body; an English given name and surname before a
/// verb of speech name a person, who holds the title that spoke with no holder in the sentence
/// before.
final class SecurityCommitteesAndSpeakerNamesTests: XCTestCase {
    func testANationalSecurityCommitteeIsAStatesBody() {
        XCTAssertEqual(edges("قال رئيس لجنة الأمن القومي القرغيزية قامتشيبيك تاشييف إن المفاوضات انتهت.", date: "2025-11-01"),
                       ["kyrgyzstan_national_security_committee part_of kyrgyzstan",
                        "qamtshibik_tashiif holds_role kyrgyzstan_national_security_committee"])
    }

    func testAGivenNameAndASurnameBeforeAVerbOfSpeechNameAPerson() {
        XCTAssertEqual(entityKinds(in: "The guards will leave, Sergei Petrov told reporters."), ["sergei_petrov person"])
        XCTAssertEqual(entityKinds(in: "Transparency International said the vote was fair.").filter { $0.hasSuffix(" person") }, [])
    }

    func testANameOpeningTheNextSentenceHoldsTheTitleThatSpokeWithNoHolder() {
        let text = "The guards will leave, the spokesman of Armenia's Foreign Ministry said on Monday. Armen Grigoryan said the decision was final."
        XCTAssertEqual(edges(text, date: "2025-11-01"), ["armen_grigoryan holds_role armenia_foreign_ministry", "armenia_foreign_ministry part_of armenia"])
        XCTAssertEqual(attribute("role", of: "armen_grigoryan holds_role armenia_foreign_ministry", in: text, date: "2025-11-01"), "spokesperson")
        let known = "The guards will leave, Armenia's foreign minister said on Monday. Armen Grigoryan said the decision was final."
        XCTAssertEqual(edges(known, date: "2025-11-01"), ["mirzoyan holds_role armenia"])
    }
}
