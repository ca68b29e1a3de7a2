/// Finds dates: day, month name and year in either order ("06 أبريل 2023", "6 April 2023",
/// "April 6, 2023", "18 نوفمبر/تشرين الثاني 2025" with both month names), day and month ("في 26
/// مارس", "on March 26", the year taken from a reference date), dates in digits ("18/11/2025",
/// "2025-11-18"), and for events also a month and year ("February 2022" → `2022-02`) or a year
/// after a year word ("عام 1999", "in 1999" → `1999`).
public enum DateParser {
    /// The first full date in the spans of a sentence, as ISO `YYYY-MM-DD`.
    static func firstDate(_ tokens: [Token], spans: [Span], referenceYear: Int?) -> String? {
        firstPlacedDate(tokens, spans: spans, referenceYear: referenceYear)?.date
    }

    /// The first full date and the index of its month's first token.
    private static func firstPlacedDate(_ tokens: [Token], spans: [Span], referenceYear: Int?) -> (date: String, at: Int)? {
        for span in spans {
            guard case .month(let month) = span.value else { continue }
            let range = span.range.lowerBound..<monthNameEnd(span, tokens, spans: spans)
            if let date = fullDate(tokens, month: month, range, referenceYear: referenceYear) { return (date, span.range.lowerBound) }
        }
        return digitDate(tokens)
    }

    /// The first date written in digits joined by one separator without spaces: day, month and
    /// year ("18/11/2025", "18-11-2025", "18.11.2025"; month first only when the second number
    /// cannot be a month) or year, month and day ("2025-11-18").
    private static func digitDate(_ tokens: [Token]) -> (date: String, at: Int)? {
        guard tokens.count >= 5 else { return nil }
        for index in 0...(tokens.count - 5) where tokens[index].number >= 0 {
            let parts = [tokens[index], tokens[index + 2], tokens[index + 4]]
            guard parts.allSatisfy({ $0.number >= 0 }), let separator = tokens[index + 1].mark, "/-.".unicodeScalars.contains(separator),
                  tokens[index + 3].mark == separator,
                  (index..<(index + 4)).allSatisfy({ tokens[$0].utf8End == tokens[$0 + 1].utf8Start }) else { continue }
            let (first, second, third) = (Int(parts[0].number), Int(parts[1].number), Int(parts[2].number))
            if let year = year(parts[0]), (1...12).contains(second), (1...31).contains(third) {
                return ("\(year)-\(twoDigits(second))-\(twoDigits(third))", index)
            }
            guard let year = year(parts[2]) else { continue }
            if (1...31).contains(first), (1...12).contains(second) {
                return ("\(year)-\(twoDigits(second))-\(twoDigits(first))", index)
            }
            if (1...12).contains(first), (13...31).contains(second) {
                return ("\(year)-\(twoDigits(first))-\(twoDigits(second))", index)
            }
        }
        return nil
    }

    /// The date of the events of a sentence: its first full date, else a month and year
    /// (`YYYY-MM`), else a year that a year word introduces (`YYYY`); with the index of the token
    /// where it is written.
    static func eventDate(_ tokens: [Token], spans: [Span], referenceYear: Int?, isYearWord: (Int) -> Bool) -> (date: String, at: Int)? {
        if let placed = firstPlacedDate(tokens, spans: spans, referenceYear: referenceYear) { return placed }
        for span in spans {
            guard case .month(let month) = span.value, let year = year(after: span, tokens, spans: spans) else { continue }
            return ("\(year)-\(twoDigits(month))", span.range.lowerBound)
        }
        for index in tokens.indices.dropFirst() where isYearWord(index - 1) {
            if let year = year(tokens[index]) { return (String(year), index) }
        }
        return nil
    }

    /// The month of an event written in `range` without a day ("في يناير الماضي", "in January
    /// 2025"), as `YYYY-MM`: with the year written after it, else in the year of `reference`
    /// (ISO), the year before when the month is later than the reference's and `isPast` says a
    /// word of the past stands at the token after the month ("الماضي") or before it ("last").
    static func monthOfEvent(_ tokens: [Token], spans: [Span], in range: Range<Int>, reference: String?,
                             isPast: (Int) -> Bool) -> String? {
        guard let span = spans.first(where: { range.contains($0.range.lowerBound) }), case .month(let month) = span.value else { return nil }
        if let year = year(after: span, tokens, spans: spans) { return "\(year)-\(twoDigits(month))" }
        guard let reference, let year = Int(reference.prefix(4)) else { return nil }
        let referenceMonth = reference.count >= 7 ? Int(reference.dropFirst(5).prefix(2)) ?? 12 : 12
        let past = month > referenceMonth && (isPast(span.range.upperBound) || isPast(span.range.lowerBound - 1))
        return "\(past ? year - 1 : year)-\(twoDigits(month))"
    }

    /// Day before the month ("6 April 2023") or after it ("April 6, 2023"), with the year after
    /// them or the reference year.
    private static func fullDate(_ tokens: [Token], month: Int, _ range: Range<Int>, referenceYear: Int?) -> String? {
        let before = range.lowerBound - 1, after = range.upperBound
        var day: Int32?
        var yearIndex = after
        if before >= 0, (1...31).contains(tokens[before].number) {
            day = tokens[before].number
        } else if after < tokens.count, (1...31).contains(tokens[after].number) {
            day = tokens[after].number
            yearIndex = after + 1
            if yearIndex < tokens.count, tokens[yearIndex].mark == "," { yearIndex += 1 }
        }
        guard let day else { return nil }
        let written = yearIndex < tokens.count ? year(tokens[yearIndex]) : nil
        guard let year = written ?? referenceYear else { return nil }
        return "\(year)-\(twoDigits(month))-\(twoDigits(Int(day)))"
    }

    /// A month or day with a leading zero (years are 1900–2100, four digits already).
    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// Where a month name ends: after its second name when one follows ("18 نوفمبر/تشرين الثاني
    /// 2025", "أبريل (نيسان) 2024"), else after the name.
    private static func monthNameEnd(_ month: Span, _ tokens: [Token], spans: [Span]) -> Int {
        let end = month.range.upperBound
        guard end < tokens.count, let mark = tokens[end].mark, mark == "/" || mark == "(",
              let second = spans.first(where: { $0.range.lowerBound == end + 1 }), case .month = second.value else { return end }
        let close = second.range.upperBound
        return close < tokens.count && tokens[close].mark == ")" ? close + 1 : close
    }

    /// The year written right after a month name or its second name ("أبريل/نيسان 2024").
    private static func year(after month: Span, _ tokens: [Token], spans: [Span]) -> Int? {
        let end = monthNameEnd(month, tokens, spans: spans)
        return end < tokens.count ? year(tokens[end]) : nil
    }

    private static func year(_ token: Token) -> Int? {
        (1900...2100).contains(token.number) ? Int(token.number) : nil
    }
}
