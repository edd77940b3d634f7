//! Why a cast failed, and the one place that turns a failure into a panic.

use core::fmt;

/// Why a plain-old-data cast was refused.
///
/// Returned by the `try_` functions ([`try_cast_slice`](crate::try_cast_slice)
/// and friends); the panicking forms panic with its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PodCastError {
    /// The output type needs a greater alignment than the input type has, and
    /// the input's address is not a multiple of it.
    TargetAlignmentGreaterAndInputNotAligned,
    /// The input slice's length in bytes is not a multiple of the output
    /// element's size: the last output element would be cut short.
    OutputSliceWouldHaveSlop,
    /// The input and the output differ in size: two types of different
    /// sizes, a byte slice whose length is not the output type's size, or a
    /// slice cast between a zero-sized and a non-zero-sized element type.
    SizeMismatch,
    /// The input and output types have different alignments where they must
    /// be equal: an allocation (`Box`, `Vec`) is freed with the alignment it
    /// was allocated with.
    AlignmentMismatch,
}

impl fmt::Display for PodCastError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::TargetAlignmentGreaterAndInputNotAligned => {
                "the input is not aligned for the output type, whose alignment is greater than the input's"
            }
            Self::OutputSliceWouldHaveSlop => {
                "the output slice would have slop: the input's length in bytes is not a multiple of the output element's size"
            }
            Self::SizeMismatch => {
                "size mismatch: the input's size in bytes differs from the output type's (a zero-sized and a non-zero-sized type never cast into each other)"
            }
            Self::AlignmentMismatch => {
                "alignment mismatch: an allocation must be freed with the alignment it was made with, so the input and output element types must have equal alignment"
            }
        })
    }
}

impl core::error::Error for PodCastError {}

/// The message of every panicking cast: the function that failed and why.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn fail(function: &str, error: &dyn fmt::Display) -> ! {
    panic!("vouch::{function} failed: {error}")
}
