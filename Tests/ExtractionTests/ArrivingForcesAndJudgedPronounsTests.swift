import XCTest
@testable import Extraction

/// Armed forces arriving are deployed, not visiting; paratroopers are forces; units sent with no
/// destination go where the sentence's deployment went; the one allowed to use land does the deed;
/// a sending criticised or opposed (past an apposition) is not the critic's; a judgement after a
/// participle of speech ("واصفة ... بأنها فظة") criticises; a judgement of what an object pronoun
/// stands for is no judgement of the sentence's last deed; a capital before a preposition joined
/// to a known word starts no name; the region's large cities are places in their states.
final class ArrivingForcesAndJudgedPronounsTests: XCTestCase {
    func testTroopsArrivingInAStateAreDeployedThere() {
        let english = edges("US troops arrived in Poland on Monday.")
        XCTAssertTrue(english.contains("united_states deploys_to poland"), "\(english)")
        XCTAssertFalse(english.contains("poland met_with united_states") || english.contains("united_states met_with poland"), "\(english)")
        let verbFirst = edges("وصل جنود فرنسيون إلى رومانيا.")
        XCTAssertTrue(verbFirst.contains("france deploys_to romania"), "\(verbFirst)")
        XCTAssertFalse(verbFirst.contains("france met_with romania") || verbFirst.contains("romania met_with france"), "\(verbFirst)")
    }

    func testForcesOpeningTheClauseBeforeTheStateLeadingThemAreDeployed() {
        let found = edges("قوات \"حفظ سلام\" بقيادة روسيا تصل إلى كازاخستان بطلب من توكاييف")
        XCTAssertTrue(found.contains("russia deploys_to kazakhstan"), "\(found)")
        XCTAssertFalse(found.contains("kazakhstan met_with russia") || found.contains("russia met_with kazakhstan"), "\(found)")
    }

    func testAMinisterOrADelegationArrivingStillVisits() {
        let minister = edges("وصل وزير الخارجية الروسي سيرغي لافروف إلى بيلاروسيا.")
        XCTAssertTrue(minister.contains("belarus met_with lavrov") || minister.contains("lavrov met_with belarus"), "\(minister)")
        let delegation = edges("A Russian military delegation arrived in Minsk on Tuesday.")
        XCTAssertFalse(delegation.contains { $0.hasSuffix("deploys_to belarus") }, "\(delegation)")
    }

    func testParatroopersAreForces() {
        let found = edges("نقلت طائرات نقل عسكرية مظليين روساً إلى كازاخستان.")
        XCTAssertTrue(found.contains("russia deploys_to kazakhstan"), "\(found)")
    }

    func testAJudgementAfterAParticipleOfSpeechCriticisesWhoseRemarksItJudges() {
        let found = edges("وردت الناطقة باسم الخارجية الروسية ماريا زاخاروفا واصفة تصريحات بلينكن بأنها \"فظة\".")
        XCTAssertTrue(found.contains("zakharova criticizes blinken"), "\(found)")
    }

    func testAJudgementOfWhatAPronounStandsForLeavesTheLastDeedsDoerAlone() {
        let found = edges("وانتقد قاليباف قرار الترويكا الأوروبية تفعيل آلية إعادة فرض العقوبات الأممية على طهران، واصفا إياه بأنه \"خطوة عدائية\".")
        XCTAssertTrue(found.contains("qalibaf criticizes e3"), "\(found)")
        XCTAssertFalse(found.contains("qalibaf criticizes united_nations"), "\(found)")
    }

    func testLargeCitiesOfTheRegionLieInTheirStates() {
        XCTAssertEqual(entityKinds(in: "عقد الاجتماع في ألماتي."), ["almaty place"])
        XCTAssertEqual(entityKinds(in: "The talks were held in Kaunas."), ["kaunas place"])
    }

    func testUnitsSentWithNoDestinationGoWhereTheSentencesDeploymentWent() {
        let found = edges("نقلت طائرات روسية جنودا إلى كازاخستان، فيما أعلنت أرمينيا إرسال وحدات.")
        XCTAssertTrue(found.contains("armenia deploys_to kazakhstan"), "\(found)")
        XCTAssertFalse(edges("أعلنت أرمينيا إرسال وحدات.").contains { $0.hasPrefix("armenia deploys_to") })
    }

    func testTheOneAllowedToUseTheLandDoesTheDeed() {
        let allowed = edges("سمحت مينسك لموسكو باستخدام أراضيها لإرسال قوات إلى أوكرانيا.")
        XCTAssertTrue(allowed.contains("russia deploys_to ukraine"), "\(allowed)")
        XCTAssertFalse(allowed.contains("belarus deploys_to ukraine"), "\(allowed)")
        let accused = edges("اتهم وزير الخارجية الأوكراني موسكو باستخدام الأراضي البيلاروسية منصة لتهديد أوكرانيا.", date: "2025-11-01")
        XCTAssertTrue(accused.contains("russia threatens ukraine"), "\(accused)")
        XCTAssertFalse(accused.contains("belarus threatens ukraine"), "\(accused)")
        XCTAssertTrue(accused.contains("sybiha criticizes russia"), "\(accused)")
    }

    func testASendingCriticisedOrOpposedIsNotTheCritics() {
        let criticised = edges("انتقد الرئيس البلغاري مرارا إرسال أسلحة إلى أوكرانيا.", date: "2025-11-01")
        XCTAssertFalse(criticised.contains("bulgaria supports ukraine"), "\(criticised)")
        let opposed = edges("وتعارض المجر، العضو في حلف الناتو والاتحاد الأوروبي، إرسال أسلحة إلى أوكرانيا.")
        XCTAssertFalse(opposed.contains("hungary supports ukraine"), "\(opposed)")
        XCTAssertTrue(opposed.contains("hungary member_of nato"), "\(opposed)")
        let doerNamed = edges("انتقدت روسيا نشر الناتو قوات في بولندا.")
        XCTAssertTrue(doerNamed.contains("nato deploys_to poland"), "\(doerNamed)")
    }
}
