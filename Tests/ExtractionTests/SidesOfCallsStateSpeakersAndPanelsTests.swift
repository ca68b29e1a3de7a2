import XCTest
@testable import Extraction

/// "The two sides" after a call to a counterpart named after a preposition are the callers'
/// states; a state right after an Arabic verb of speech speaks (not an English state after
/// "said"); "at X's request"; a negated verb (the jussive "لم تدن" too) leaves an event named with
/// its own doer; speaking on a panel with someone is meeting them.
final class SidesOfCallsStateSpeakersAndPanelsTests: XCTestCase {
    func testTheTwoSidesOfACallToACounterpartAreTheCallersStates() {
        let found = edges("وأجرى رئيس قرغيزستان صادر جباروف اتصالا هاتفيا بنظيره الطاجيكي إمام علي رحمن على هامش قمة منظمة شنغهاي للتعاون، "
                          + "واتفق الجانبان على سحب القوات.", date: "2025-11-01")
        XCTAssertTrue(found.contains("kyrgyzstan cooperates_with tajikistan"), "\(found)")
        XCTAssertFalse(found.contains("kyrgyzstan cooperates_with sco"), "\(found)")
    }

    func testAStateRightAfterAnArabicVerbOfSpeechSpeaks() {
        let found = edges("قالت طاجيكستان إن قرغيزستان هي التي بدأت الحرب.")
        XCTAssertTrue(found.contains("tajikistan criticizes kyrgyzstan"), "\(found)")
        let capital = edges("واتهمت قرغيزستان القوات الطاجيكية بقصف مواقع حدودية، فيما قالت دوشنبه إن القوات القرغيزية هي التي بدأت إطلاق النار.")
        XCTAssertTrue(capital.contains("tajikistan criticizes kyrgyzstan"), "\(capital)")
        let english = edges("Morawiecki accused Belarus and Russia of preparing provocations and said Poland would reinforce its border.", date: "2023-08-01")
        XCTAssertFalse(english.contains("poland criticizes belarus"), "\(english)")
    }

    func testADeedDoneAtSomeonesRequestWithAPossessive() {
        let found = edges("Putin sent troops to Kazakhstan at Tokayev's request.", date: "2022-01-07")
        XCTAssertTrue(found.contains("tokayev requests putin"), "\(found)")
        XCTAssertTrue(found.contains("russia deploys_to kazakhstan"), "\(found)")
    }

    func testANegatedVerbLeavesAnEventNamedWithItsOwnDoer() {
        let backed = edges("لم تؤيد المجر العقوبات الأمريكية على روسيا.")
        XCTAssertTrue(backed.contains("united_states sanctions russia"), "\(backed)")
        XCTAssertFalse(backed.contains("hungary sanctions russia"), "\(backed)")
        XCTAssertTrue(edges("لم تفرض المجر عقوبات على روسيا.").isEmpty)
        let notCondemned = edges("لم تدن الصين الغزو الروسي لأوكرانيا.")
        XCTAssertTrue(notCondemned.contains("russia attacks ukraine"), "\(notCondemned)")
        XCTAssertFalse(notCondemned.contains("china criticizes russia"), "\(notCondemned)")
        XCTAssertTrue(edges("لم تدن الهند روسيا.").isEmpty)
        let english = edges("Kazakhstan has not joined American sanctions against Russia.")
        XCTAssertFalse(english.contains("kazakhstan sanctions russia"), "\(english)")
    }

    func testSpeakingOnAPanelWithSomeoneIsMeetingThem() {
        let found = edges("Speaking on a panel with the Russian president at the forum, Kazakh President Kassym-Jomart Tokayev said "
                          + "recognising them would lead to chaos.", date: "2025-11-01")
        XCTAssertTrue(found.contains("putin met_with tokayev") || found.contains("tokayev met_with putin"), "\(found)")
    }
}
