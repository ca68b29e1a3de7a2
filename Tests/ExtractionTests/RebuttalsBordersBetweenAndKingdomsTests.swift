import XCTest
@testable import Extraction

/// Rebuttals of a criticism, people who sign together, borders named by the states they lie
/// between, places put in a state by a compass word, time phrases between a verb and its object,
/// "the kingdom", aid sent, capitals owning an event noun, battlegroups hosted, opposition words
/// before an object, a nisba qualifying a port's noun, and common nouns after a headline's
/// counterpart.
final class RebuttalsBordersBetweenAndKingdomsTests: XCTestCase {
    func testDismissingAnAccusationAsSomethingCriticisesTheAccusersState() {
        let text = "Lithuanian Prime Minister Inga Ruginiene accused Minsk of a hybrid attack. "
            + "Belarusian President Alexander Lukashenko dismissed the accusation, calling the closure a scam."
        XCTAssertTrue(edges(text).contains("lukashenko criticizes lithuania"), "\(edges(text))")
        let protest = "Romanian Foreign Minister Oana Toiu summoned Russia's ambassador to protest the incursion. "
            + "Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the protest as hysteria."
        XCTAssertTrue(edges(protest).contains("zakharova criticizes romania"), "\(edges(protest))")
    }

    func testABareRebuttalOrOneOfSomeoneElseCriticisesNobody() {
        let bare = edges("Finland accused Russia of pushing migrants to the border. The Kremlin rejected the accusation.")
        XCTAssertFalse(bare.contains { $0.hasPrefix("kremlin criticizes") }, "\(bare)")
        let thanks = edges("Lukashenko dismissed the criticism as noise and thanked Russian President Vladimir Putin.")
        XCTAssertFalse(thanks.contains { $0.contains("criticizes putin") }, "\(thanks)")
    }

    func testPeopleSigningTogetherMeetAsTheirStatesCooperate() {
        let found = edges("Ukrainian President Volodymyr Zelenskiy and Romanian President Nicusor Dan signed an agreement on drones.")
        XCTAssertTrue(found.contains("nicusor_dan met_with zelensky"), "\(found)")
        XCTAssertTrue(found.contains("romania cooperates_with ukraine"), "\(found)")
        let arabic = edges("وقع الرئيس الكازاخي قاسم جومارت توكاييف ونظيره الأوزبكي شوكت ميرضيائييف اتفاقية للتعاون.")
        XCTAssertTrue(arabic.contains("kazakhstan cooperates_with uzbekistan"), "\(arabic)")
    }

    func testASigningToComeOrLongPastIsNoMeeting() {
        let pending = edges("Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov initialled the text, which still has to be signed.")
        XCTAssertFalse(pending.contains { $0.contains("met_with") }, "\(pending)")
        let past = edges("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the treaty in June 2024.")
        XCTAssertFalse(past.contains { $0.contains("met_with") }, "\(past)")
        let lastYear = edges("ووقع الزعيم الكوري الشمالي كيم جونغ أون والرئيس الروسي فلاديمير بوتين العام الماضي معاهدة للدفاع المشترك.")
        XCTAssertFalse(lastYear.contains { $0.contains("met_with") }, "\(lastYear)")
    }

    func testTheBorderBetweenStatesMakesThemNeighbours() {
        XCTAssertTrue(edges("وأعيد فتح الحدود بين الأردن وسورية.").contains("jordan borders syria"))
        let pair = edges("اتفق الأردن وسورية على مكافحة التهريب عبر الحدود بين البلدين.")
        XCTAssertTrue(pair.contains("jordan borders syria"), "\(pair)")
        XCTAssertTrue(edges("Trade across the border between Armenia and Turkey resumed.").contains("armenia borders turkey"))
        XCTAssertFalse(edges("Aid crossed the border between Gaza and Egypt.").contains { $0.contains("borders") })
    }

    func testACompassWordAndAStatePutAPlaceInTheState() {
        let found = edges("وقصفت تركيا منطقة برادوست شمالي العراق.")
        XCTAssertTrue(found.contains("bradost located_in iraq"), "\(found)")
        XCTAssertTrue(found.contains("turkey attacks bradost"), "\(found)")
        XCTAssertTrue(edges("Israeli jets struck the town of Quneitra in southern Syria.").contains("quneitra located_in syria"))
        XCTAssertFalse(edges("تشهد العلاقات بين أنقرة وشرق ليبيا تقاربا.").contains { $0.contains("located_in") })
    }

    func testAnUnknownNameAfterAnAreaNounNamesAPlaceOnlyWhereItIsLocated() {
        let graph = sharedExtractor.extract(text: "وسقطت القذيفة في منطقة خفض التصعيد.", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .place }.map(\.id), [])
    }

    func testATimePhraseBetweenTheVerbAndItsObjectIsSkipped() {
        let found = edges("وكان الجيش التركي قد شن الأسبوع الماضي غارات جوية على مواقع لتنظيم \"بي كا كا\" في منطقة قنديل.")
        XCTAssertTrue(found.contains("turkey attacks pkk"), "\(found)")
        let lastWeek = "وكان الجيش التركي قد شن الأسبوع الماضي غارات على مواقع لحزب العمال الكردستاني."
        XCTAssertEqual(attribute("what", of: "turkey attacks pkk", in: lastWeek), "غارات")
        let aside = edges("وكان الطيران الإسرائيلي قد قصف، الأسبوع الماضي، مواقع عسكرية في محيط مدينة درعا.")
        XCTAssertTrue(aside.contains("israel attacks draa"), "\(aside)")
    }

    func testTheKingdomIsTheLastKingdomNamed() {
        let found = edges("وقال الوزير إن أمن سورية جزء من أمن الأردن، مؤكدا دعم المملكة لجهود الحكومة السورية.")
        XCTAssertTrue(found.contains("jordan supports syria"), "\(found)")
        XCTAssertTrue(edges("Morocco hosted the talks. The kingdom backs Mauritania's bid.").contains("morocco supports mauritania"))
        XCTAssertTrue(edges("وقال الوزير إن مصر تدعم سورية، مؤكدا دعم المملكة لها.").allSatisfy { !$0.hasPrefix("egypt supports") || $0 == "egypt supports syria" })
    }

    func testAidSentToAStateSupportsIt() {
        XCTAssertTrue(edges("NATO said it would send additional radar equipment to Lithuania.").contains("nato supports lithuania"))
        XCTAssertTrue(edges("وأرسلت تركيا مساعدات إنسانية إلى سوريا.").contains("turkey supports syria"))
        XCTAssertTrue(edges("وأرسلت روسيا قوات إلى بيلاروس.").contains("russia deploys_to belarus"))
        XCTAssertTrue(edges("Sweden would send additional troops to Finland next year.").contains("sweden deploys_to finland"))
    }

    func testACapitalOwningAnEventNounStandsForItsState() {
        let found = edges("The war began with Moscow's full-scale invasion of Ukraine in 2022.")
        XCTAssertTrue(found.contains("russia attacks ukraine"), "\(found)")
        XCTAssertFalse(found.contains { $0.hasPrefix("moscow") }, "\(found)")
    }

    func testAHostedBattlegroupIsItsAlliancesDeployment() {
        XCTAssertTrue(edges("Romania hosts a NATO battlegroup near the Black Sea.").contains("nato deploys_to romania"))
        XCTAssertFalse(edges("Romania hosts a NATO summit next year.").contains { $0.contains("deploys_to") })
    }

    func testNoOneNamedAfterAnOppositionWordIsSupported() {
        let found = edges("Serbia relies on Moscow's support in opposing the independence of Kosovo.")
        XCTAssertFalse(found.contains { $0.contains("supports kosovo") }, "\(found)")
    }

    func testANisbaQualifyingAPortsNounLeavesThePortTheTarget() {
        let graph = sharedExtractor.extract(text: "Russian drones struck the Ukrainian port of Izmail overnight.", document: "t.txt", date: "2025-11-01")
        XCTAssertNotNil(graph.relation(source: "russia", type: .attacks, target: "izmail"))
        // The state is struck through its port only.
        XCTAssertEqual(graph.relation(source: "russia", type: .attacks, target: "ukraine")?.evidence.map(\.rule), ["attack_on_place"])
    }

    func testCommonNounsAfterAHeadlinesCounterpartNameNoOne() {
        let graph = sharedExtractor.extract(text: "بوريطة يبحث مع نظيره الموريتاني قضايا الهجرة", document: "t.txt")
        XCTAssertEqual(graph.entities.filter { $0.kind == .person }.map(\.id), ["bourita", "merzoug"], "Mauritania's foreign minister is named by the lexicon")
    }
}
