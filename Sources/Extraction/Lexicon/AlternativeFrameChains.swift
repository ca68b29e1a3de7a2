extension Lexicon {
    /// Throws when a frame's `or_frame` chain comes back to a frame it passed (the chain is
    /// walked at run time until a frame's required words follow, and must end).
    static func checkAlternativeChains(_ frames: [LexiconFiles.Frame], _ alternatives: [Int?]) throws {
        for (index, frame) in frames.enumerated() {
            var seen: Set<Int> = [index], next = alternatives[index]
            while let current = next {
                guard seen.insert(current).inserted else {
                    throw LexiconError.invalid(file: "frames.json", reason: "frame \(frame.name): its or_frame chain comes back to a frame it passed")
                }
                next = alternatives[current]
            }
        }
    }
}
