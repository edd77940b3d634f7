//! What the pod derives' generated code needs: compile-time assertions and
//! layout helpers. Reached as `vouch::__private::pod`.
//!
//! Every helper here learns the type it checks by inference from a *place* of
//! the real item (`addr_of!(this.field)`, a closure projecting a field), never
//! from type tokens the derive copied: whatever a later attribute macro or a
//! type macro made of the item, the check describes the type that exists.

pub use super::traits::{
    AnyBitPattern, CheckedBitPattern, Contiguous, NoUninit, Pod, TransparentWrapper, Zeroable,
};

/// The distance in bytes from `base` to `field`, a place inside `*base`.
/// Generated constants use it where `offset_of!` would do, because the
/// expansion of `offset_of!` cannot be pretty-printed by the snapshot tests.
///
/// # Safety
/// `field` must point into the same allocation as `base`, at or after it.
#[inline]
#[must_use]
pub const unsafe fn offset_between<S, F>(base: *const S, field: *const F) -> usize {
    // SAFETY: the caller promises both pointers are in one allocation, the
    // field at or after the base.
    unsafe {
        field
            .cast::<u8>()
            .offset_from(base.cast::<u8>())
            .unsigned_abs()
    }
}

/// A message composed while a constant is evaluated, so a padding error can
/// state its byte count: a constant can only panic with a string it already
/// has, and `panic!("{}", message.as_str())` is the one way to give it one.
pub struct Message {
    bytes: [u8; Message::CAPACITY],
    len: usize,
}

impl Message {
    const CAPACITY: usize = 1024;

    /// An empty message.
    #[must_use]
    pub const fn new() -> Self {
        Message {
            bytes: [0; Message::CAPACITY],
            len: 0,
        }
    }

    /// Appends `piece`, or nothing if it would not fit (a piece is never
    /// cut, so the message stays valid UTF-8).
    #[must_use]
    pub const fn push(mut self, piece: &str) -> Self {
        let piece = piece.as_bytes();
        if piece.len() > Message::CAPACITY - self.len {
            return self;
        }
        let mut i = 0;
        while i < piece.len() {
            self.bytes[self.len + i] = piece[i];
            i += 1;
        }
        self.len += piece.len();
        self
    }

    /// Appends `n` in decimal.
    #[must_use]
    pub const fn push_count(self, n: usize) -> Self {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        let mut rest = n;
        loop {
            start -= 1;
            // `rest % 10` is a single digit, so the cast keeps it whole.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (rest % 10) as u8;
            digits[start] = b'0' + digit;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        match core::str::from_utf8(digits.split_at(start).1) {
            Ok(text) => self.push(text),
            Err(_) => self,
        }
    }

    /// The text so far.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "",
        }
    }
}

impl Default for Message {
    fn default() -> Self {
        Message::new()
    }
}
