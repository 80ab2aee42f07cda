//! Quotations and headlines, by topic (see `phrases.rs` for the slots).

pub(crate) const QUOTES: [&[&str]; 3] = [
    &[
        "Any leader who suggests that the party is supporting one candidate or the other is doing a disservice to the organisation",
        "I had sought leave from my post to campaign for the candidate of my choice",
        "The party president will be elected by the delegates and nobody else",
        "I have resigned because I could not work with the present office-bearers",
        "We need a full-time president who can take the party forward",
        "I am expecting support from the ordinary workers and that is the impetus I am getting",
        "The high command will take a decision on the state unit after consulting everyone",
        "There is no leadership crisis in the party",
        "The organisation needs new blood at every level",
        "I will abide by whatever decision the high command takes",
        "Those who are unhappy are free to leave the party",
        "The election of the president will be free and fair",
    ],
    &[
        "We have to win as many seats as possible by coordinating with like-minded colleagues",
        "The alliance is intact and the seat-sharing talks are going in the right direction",
        "We will fight the elections on our own and will not form any pre-poll alliance",
        "The doors are open for all parties who want to defeat the BJP",
        "Concentrate on actionable points and the necessary steps",
        "Seat-sharing will be decided on the basis of winnability and nothing else",
        "There is no question of a tie-up with a party that has betrayed the people",
        "Our partners have been consulted at every step",
        "The alliance will be announced once the talks are complete",
        "We are not going to sacrifice the interests of our workers",
        "Like-minded parties must come together to save democracy",
        "Nobody has approached us with a proposal so far",
    ],
    &[
        "The people of the state have made up their minds and they want change",
        "We are confident of winning a clear majority in the Assembly",
        "The Election Commission must ensure a level playing field for all parties",
        "Voters will reject the politics of caste, region and religion",
        "Every vote counts and every worker must reach every household",
        "Our manifesto is a guarantee, not a list of promises",
        "The results will be a verdict on the failures of the government",
        "We will contest every constituency with full strength",
        "The voters of this constituency have always stood by us",
        "We will release our manifesto after consulting people from every district",
        "The polls will decide the future of the state for the next five years",
        "Our candidates are young, educated and rooted in their constituencies",
    ],
];

/// The main clause of a headline.
pub(crate) const HEADLINES: [&[&str]; 3] = [
    &[
        "{a} resigns as {P} general secretary",
        "{P} names {a} new {STATE} unit chief",
        "{a} or {b}: {P} asks office-bearers to stay neutral in party president poll",
        "{P} high command moves to end infighting in {STATE} unit",
        "{a} takes charge as {P} president in {STATE}",
        "Rebels led by {b} demand leadership change in {P}",
        "{P} reshuffle: {a} gets {STATE}, {b} dropped",
        "Who will lead the {P}? Delegates to vote {DATE}",
    ],
    &[
        "{P} and {Q} seal pre-poll alliance for {POLL}",
        "{a} tells {ALLY} partners to coordinate to win as many seats as possible",
        "Seat-sharing talks between {P} and {Q} hit a hurdle in {STATE}",
        "{a} rules out tie-up with {Q}",
        "{Q} keeps {ALLY} guessing on seat-sharing",
        "{P} weighs a pre-poll tie-up with {Q} in {STATE}",
        "{ALLY} leaders to meet in {CITY} on seat adjustment",
        "No alliance with {Q}, says {a}",
    ],
    &[
        "{EC} announces schedule for {POLL}",
        "{a} files nomination from {CITY}",
        "{P} releases first list of {SEATS} candidates for {POLL}",
        "Campaign for {POLL} gathers pace as {a} holds rallies",
        "{a} confident of majority as {STATE} goes to the polls",
        "{Q} accuses {P} of misusing official machinery",
        "Counting of votes in {STATE} on {DATE}",
        "Voters in {CITY} turn out in large numbers",
    ],
];

/// Tails added to a headline until it reaches the length drawn for it.
pub(crate) const TAILS: &[&str] = &[
    " ahead of {POLL}",
    " in {STATE}",
    " as {P} weighs its options",
    ", says {b}",
    " amid infighting",
    " after {PBODY} meeting",
    " in run-up to {POLL}",
    "; {Q} cries foul",
    " as talks with {Q} continue",
    " at {CITY} rally",
];
