//! Two edited copies of the example, the fixture that the merge and compare tests of the core,
//! the command line and the app share with the app's screenshot script (so it is here, in the
//! program, and not behind the `testing` feature).

use crate::compare::stamp_revision;
use crate::model::{Id, Money, Project};

/// The id of the gain that only their copy has.
pub const NEW_GAIN: u128 = 0xdead_beef;

/// Which texts the two copies' changes carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyWording {
    /// Short texts that tests assert on: «Min tittel», «Deres tittel», «Beskrevet av meg»,
    /// 123 000 kr and the gain «Ny gevinst fra kollega».
    Plain,
    /// Texts a real agency might write, for the screenshots.
    Realistic,
}

/// The texts of one [`CopyWording`]: my title and description, their title, investment (kroner)
/// and new gain's name.
struct Texts {
    my_title: &'static str,
    my_description: &'static str,
    their_title: &'static str,
    their_investment: i64,
    gain_name: &'static str,
}

impl CopyWording {
    fn texts(self) -> Texts {
        match self {
            CopyWording::Plain => Texts {
                my_title: "Min tittel",
                my_description: "Beskrevet av meg",
                their_title: "Deres tittel",
                their_investment: 123_000,
                gain_name: "Ny gevinst fra kollega",
            },
            CopyWording::Realistic => Texts {
                my_title: "Digital saksbehandling av tilskudd",
                my_description: "Oppdatert etter styringsmøtet i november: gevinsten hentes ut fra 2027.",
                their_title: "Heldigital tilskuddsforvaltning",
                their_investment: 1_250_000,
                gain_name: "Færre henvendelser til brukerstøtte",
            },
        }
    }
}

/// The example project stamped as saved once (the base), then edited in two copies, each
/// stamped against the base so their histories share it: mine changes the first measure's title
/// and the second measure's description; theirs changes the first measure's title differently
/// (one conflict), the third measure's investment, and adds a gain (id [`NEW_GAIN`]).
/// Returns `(base, mine, theirs)`; `None` only if the example had fewer than three measures or
/// no gain.
pub fn two_copies(wording: CopyWording) -> Option<(Project, Project, Project)> {
    let texts = wording.texts();
    let mut base = super::project();
    stamp_revision(&mut base, None);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.measures.first_mut()?.title = texts.my_title.into();
    mine.measures.get_mut(1)?.description = texts.my_description.into();
    theirs.measures.first_mut()?.title = texts.their_title.into();
    theirs.measures.get_mut(2)?.investment = Some(Money::from_kroner(texts.their_investment)?);
    let mut gain = theirs.gains.first()?.clone();
    gain.id = Id::from_u128(NEW_GAIN);
    gain.name = texts.gain_name.into();
    theirs.gains.push(gain);
    stamp_revision(&mut mine, Some(&base));
    stamp_revision(&mut theirs, Some(&base));
    Some((base, mine, theirs))
}
