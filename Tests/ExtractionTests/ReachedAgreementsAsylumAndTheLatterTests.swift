import XCTest
@testable import Extraction

/// Agreements reached through إلى, circumstances set off by commas, names ended by what follows
/// them, asylum granted, "الأخيرة" / "the latter", and the agreement a criticism refers to.
final class ReachedAgreementsAsylumAndTheLatterTests: XCTestCase {
    func testAnAgreementReachedAfterAnAuxiliaryAndAYearIsTheSubjects() {
        let text = "وكانت صربيا قد توصلت في 2013 إلى اتفاق مع كوسوفو."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("kosovo cooperates_with serbia"))
        XCTAssertNil(attribute("modality", of: "kosovo cooperates_with serbia", in: text, date: "2025-11-01"))
        XCTAssertTrue(edges("وتوصل لبنان عام 2022 إلى اتفاق مع إسرائيل.", date: "2025-11-01").contains("israel cooperates_with lebanon"))
    }

    func testAnAgreementCalledForIsStillPlanned() {
        XCTAssertEqual(attribute("modality", of: "israel cooperates_with lebanon", in: "ودعا لبنان إلى اتفاق مع إسرائيل.", date: "2025-11-01"), "planned")
    }

    func testAStateNamedInsideACircumstanceIsNoSubject() {
        let text = "وقالت الوزيرة إن اليونان ستعمل، خلال رئاستها المقبلة لمجلس الاتحاد الأوروبي، على دعم مولدوفا."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("greece supports moldova"), "\(found)")
        XCTAssertFalse(found.contains("european_union supports moldova"), "\(found)")
    }

    func testMembersInAppositionStayTheSubject() {
        let text = "أعلنت دول تحالف الساحل، مالي والنيجر وبوركينا فاسو، الأحد استدعاء سفرائها لدى الجزائر."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.contains("niger sanctions algeria"), "\(found)")
    }

    func testPeruWithTheArticle() {
        XCTAssertEqual(entityKinds(in: "أعلنت البيرو حالة الطوارئ."), ["peru state"])
    }

    func testAVerbOfDecisionEndsANameAndTheSpeakersStateHoldsTheLeader() {
        let graph = sharedExtractor.extract(text: "وقال وزير الداخلية الكولومبي أرماندو بينيديتي إن حكومة الرئيس غوستافو بيتروني قررت تعليق التعاون.",
                                            document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.entity(id: "ghostafo_bitroni"))
        XCTAssertEqual(role(graph, "ghostafo_bitroni", "colombia"), "president")
    }

    func testAReportedLeaderAfterAnotherStateHasNoState() {
        let text = "وقال وزير الداخلية الكولومبي أرماندو بينيديتي إن فنزويلا وحكومة الرئيس غوستافو بيتروني اتفقتا."
        let graph = sharedExtractor.extract(text: text, document: "t.txt", date: "2025-11-01")
        XCTAssertNil(role(graph, "ghostafo_bitroni", "colombia"))
    }

    func testASurnameTheStoryNamesAloneEndsTheName() {
        let text = "وسجن الرئيس الأسبق ألبرتو فوجيموري حل الكونغرس عام 1992، ثم عفت السلطات عن فوجيموري."
        XCTAssertTrue(entityKinds(in: text).contains("albrto_fojimori person"), "\(entityKinds(in: text))")
    }

    func testAThirdWordBeforeAnIndefiniteWordStaysInTheName() {
        let text = "ووصف الرئيس الأسبق ألبرتو فوجيموري كوندو مرارا البرلمان بالفاسد، ثم عفت السلطات عن فوجيموري."
        XCTAssertEqual(entityKinds(in: text), ["albrto_fojimori_kondo person"])
    }

    func testGrantingAsylumSupportsThePerson() {
        XCTAssertTrue(edges("ومنحت روسيا حق اللجوء للرئيس السوري المخلوع بشار الأسد.", date: "2025-11-01").contains("russia supports assad"))
        XCTAssertTrue(edges("Mexico granted asylum to former Peruvian Prime Minister Betssy Chavez.", date: "2025-11-01")
            .contains("mexico supports betssy_chavez"))
    }

    func testGrantingRightsIsStillCooperation() {
        XCTAssertTrue(edges("منحت اليونان الولايات المتحدة حق استخدام قواعدها.", date: "2025-11-01").contains("greece cooperates_with united_states"))
    }

    func testTheLatterAfterAVerbIsTheOneNamedLast() {
        let text = "استدعت الإكوادور سفيرها لدى المكسيك، بعد أن منحت الأخيرة حق اللجوء لنائب الرئيس الأسبق خورخي غلاس."
        XCTAssertTrue(edges(text, date: "2025-11-01").contains("mexico supports khorkhi_ghlas"))
        XCTAssertTrue(edges("Ecuador recalled its envoy to Mexico after the latter granted asylum to former Vice President Jorge Glas.", date: "2025-11-01")
            .contains("mexico supports jorge_glas"))
    }

    func testLastAfterADefiniteNounIsAnAdjective() {
        let found = edges("وفي زيارته الأخيرة إلى تركيا، التقى الرئيس الإيراني نظيره التركي.", date: "2025-11-01")
        XCTAssertEqual(found, ["pezeshkian holds_role iran", "erdogan holds_role turkey", "erdogan met_with pezeshkian"])
    }

    func testADefiniteArabicAgreementNounIsTheLastAgreements() {
        let found = edges("وقعت قبرص ولبنان اتفاقا. وانتقدت تركيا الاتفاقية.", date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["turkey criticizes cyprus", "turkey criticizes lebanon"]), "\(found)")
    }

    func testTheAgreementCriticisedIsTheStorysNotTheBackgroundOne() {
        let text = "وقعت اليونان ومصر اتفاقا. وقعت اليونان ومصر اتفاقا آخر. وكانت مصر قد توصلت إلى اتفاق مع السودان. وانتقدت تركيا الاتفاقية."
        let found = edges(text, date: "2025-11-01")
        XCTAssertTrue(found.isSuperset(of: ["turkey criticizes egypt", "turkey criticizes greece"]), "\(found)")
        XCTAssertFalse(found.contains("turkey criticizes sudan"), "\(found)")
    }
}
