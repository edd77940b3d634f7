//! The pod derives' model: which derive runs, and the plan that checking
//! settles and generation reads. A leaf: it imports nothing of `pod`'s
//! phases, and they all import it (parse → check → expand, one way).

use crate::util::repr::Int;
use syn::Type;

/// The derive being expanded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Derive {
    Zeroable,
    Pod,
    AnyBitPattern,
    NoUninit,
    CheckedBitPattern,
    TransparentWrapper,
    Contiguous,
}

impl Derive {
    /// Every pod derive: the never-panic test runs each on every odd input.
    #[cfg(test)]
    pub(crate) const ALL: [Derive; 7] = [
        Derive::Zeroable,
        Derive::Pod,
        Derive::AnyBitPattern,
        Derive::NoUninit,
        Derive::CheckedBitPattern,
        Derive::TransparentWrapper,
        Derive::Contiguous,
    ];

    /// The trait's name, as the user writes it in `derive(..)`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Derive::Zeroable => "Zeroable",
            Derive::Pod => "Pod",
            Derive::AnyBitPattern => "AnyBitPattern",
            Derive::NoUninit => "NoUninit",
            Derive::CheckedBitPattern => "CheckedBitPattern",
            Derive::TransparentWrapper => "TransparentWrapper",
            Derive::Contiguous => "Contiguous",
        }
    }

    /// The trait's contract includes `'static`.
    pub(crate) fn needs_static(self) -> bool {
        !matches!(self, Derive::Zeroable | Derive::TransparentWrapper)
    }
}

/// The trait every field must implement.
#[derive(Clone, Copy)]
pub(crate) enum Bound {
    Zeroable,
    Pod,
    AnyBitPattern,
    NoUninit,
}

impl Bound {
    /// The bound a struct or union derive puts on its fields.
    pub(crate) fn of(derive: Derive) -> Option<Bound> {
        match derive {
            Derive::Zeroable => Some(Bound::Zeroable),
            Derive::Pod => Some(Bound::Pod),
            Derive::AnyBitPattern => Some(Bound::AnyBitPattern),
            Derive::NoUninit => Some(Bound::NoUninit),
            Derive::CheckedBitPattern | Derive::TransparentWrapper | Derive::Contiguous => None,
        }
    }

    /// The traits the derive implements: `AnyBitPattern` implies
    /// `Zeroable`, as in bytemuck.
    pub(crate) fn traits(self) -> &'static [&'static str] {
        match self {
            Bound::Zeroable => &["Zeroable"],
            Bound::AnyBitPattern => &["Zeroable", "AnyBitPattern"],
            Bound::Pod => &["Pod"],
            Bound::NoUninit => &["NoUninit"],
        }
    }
}

/// The integer an enum's tag is read as.
#[derive(Clone, Copy)]
pub(crate) enum EnumInt {
    /// `repr(u8)` ... `repr(isize)`, alone or with `C`.
    Int(Int),
    /// `repr(C)` alone: the tag is a C `int`; the generated code asserts the
    /// enum really has that size.
    CInt,
}

/// What the generated code proves for one derive.
pub(crate) enum Plan {
    /// A struct or union: every field implements `bound`; for `Pod` and
    /// `NoUninit` the generated proof also shows there is no padding.
    Fields {
        bound: Bound,
        /// A generic struct whose fields name no parameter: its padding is
        /// also measured now, on a twin with the same field types.
        twin: bool,
    },
    /// `Zeroable` for a fieldless enum: some discriminant is 0.
    ZeroDiscriminant(EnumInt),
    /// `Zeroable` for an enum with fields: variant `index`, built from
    /// zeroed fields, has the all-zero tag.
    ZeroVariant { index: usize },
    /// `NoUninit` for a fieldless enum: its tag is its only byte content.
    FieldlessEnum(EnumInt),
    /// `CheckedBitPattern` for a fieldless enum: valid tags are exactly the
    /// discriminants.
    CheckedEnum(EnumInt),
    /// `CheckedBitPattern` for a struct, through a `Bits` struct whose layout
    /// is asserted equal to the real one (for a generic struct, on a probe
    /// instance).
    CheckedStruct,
    /// `TransparentWrapper<inner>`: field `index` has type `inner`, every
    /// other field is a known zero-sized type of alignment 1.
    Transparent { inner: Box<Type>, index: usize },
    /// `Contiguous`: discriminants form one range.
    Contiguous(EnumInt),
}
