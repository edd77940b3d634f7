//! Runtime benchmarks of vouch against the crates it replaces, with divan:
//! `cargo bench -p vouch-bench --features compare`.
//!
//! - `cast`: view a 64 MiB buffer as records and sum a field (vouch's
//!   `cast_slice`, bytemuck's, zerocopy's `ref_from_bytes`, and a hand-written
//!   `from_le_bytes` loop that copies instead of casting).
//! - `checked`: validate a 64 MiB buffer as a slice of a `repr(u8)` enum and
//!   of a struct with `bool` fields (vouch's `checked::try_cast_slice`,
//!   bytemuck's, zerocopy's `try_ref_from_bytes`, and a hand-written loop).
//! - `build`: an 8-field builder against a struct literal.
//! - `project`: pin projection against a hand-written `unsafe` one.
//!
//! Every implementation gets its own copy of each type, written once in a
//! `macro_rules!` so the layouts are identical: two derives of the same name
//! on one type could collide in what they generate.
//!
//! The vouch side is compiled only with the `vouch-side` feature, so this
//! file builds before every vouch macro exists.

// Cargo builds this benchmark only with `compare` (its `required-features`);
// tools that ignore that (rust-analyzer) see an empty crate without it,
// rather than unresolved imports of the crates it compares.
#![cfg(feature = "compare")]

use std::hint::black_box;
use std::marker::PhantomPinned;
use std::pin::Pin;

use divan::Bencher;
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

/// Size of every buffer the casts and validations run over.
const BUFFER_BYTES: usize = 64 << 20;

/// A buffer of `BUFFER_BYTES` bytes, aligned for `u64`, each byte made by
/// `byte(index)`.
fn buffer(byte: impl Fn(usize) -> u8) -> Vec<u64> {
    let mut words = vec![0_u64; BUFFER_BYTES / 8];
    for (i, word) in words.iter_mut().enumerate() {
        let bytes: [u8; 8] = std::array::from_fn(|j| byte(i * 8 + j));
        *word = u64::from_ne_bytes(bytes);
    }
    words
}

/// The bytes of a `u64` buffer, without `unsafe`: bytemuck is the reference
/// implementation here, and every benchmark takes these bytes as input.
fn bytes(words: &[u64]) -> &[u8] {
    bytemuck::cast_slice(words)
}

mod cast {
    use super::{Bencher, BytesCount, black_box, buffer, bytes};

    /// A 16-byte record without padding.
    macro_rules! record {
        ($name:ident $(, $derive:path)*) => {
            #[repr(C)]
            #[derive(Clone, Copy $(, $derive)*)]
            // The benchmarks read `value`; the other fields give the layout.
            #[allow(dead_code)]
            pub(super) struct $name {
                id: u32,
                value: u32,
                x: f32,
                y: f32,
            }
        };
    }

    record!(BytemuckRecord, bytemuck::Zeroable, bytemuck::Pod);
    record!(
        ZerocopyRecord,
        zerocopy::FromBytes,
        zerocopy::IntoBytes,
        zerocopy::Immutable,
        zerocopy::KnownLayout
    );
    #[cfg(feature = "vouch-side")]
    record!(VouchRecord, vouch::Zeroable, vouch::Pod);

    #[allow(clippy::cast_possible_truncation)] // wraps on purpose: any byte will do
    fn run(bencher: Bencher<'_, '_>, sum: impl Fn(&[u8]) -> u64 + Sync) {
        let words = buffer(|i| i as u8);
        let input = bytes(&words);
        let expected = sum(input);
        bencher
            .counter(BytesCount::new(input.len()))
            .bench(|| assert_eq!(sum(black_box(input)), expected));
    }

    #[cfg(feature = "vouch-side")]
    #[divan::bench]
    fn vouch(bencher: Bencher<'_, '_>) {
        run(bencher, |input| {
            let records: &[VouchRecord] = vouch::cast_slice(input);
            records.iter().map(|r| u64::from(r.value)).sum()
        });
    }

    #[divan::bench]
    fn bytemuck(bencher: Bencher<'_, '_>) {
        run(bencher, |input| {
            let records: &[BytemuckRecord] = bytemuck::cast_slice(input);
            records.iter().map(|r| u64::from(r.value)).sum()
        });
    }

    #[divan::bench]
    fn zerocopy(bencher: Bencher<'_, '_>) {
        run(bencher, |input| {
            let records = <[ZerocopyRecord] as zerocopy::FromBytes>::ref_from_bytes(input)
                .expect("the buffer is aligned and a whole number of records");
            records.iter().map(|r| u64::from(r.value)).sum()
        });
    }

    /// No cast: reads the field out of each 16-byte chunk.
    #[divan::bench]
    fn from_le_bytes_loop(bencher: Bencher<'_, '_>) {
        run(bencher, |input| {
            input
                .chunks_exact(16)
                .map(|chunk| {
                    u64::from(u32::from_le_bytes([chunk[4], chunk[5], chunk[6], chunk[7]]))
                })
                .sum()
        });
    }
}

mod checked {
    use super::{Bencher, BytesCount, black_box, buffer, bytes};

    /// A `repr(u8)` enum: bytes 0 to 3 are valid, 4 to 255 are not.
    macro_rules! kind {
        ($name:ident $(, $derive:path)*) => {
            #[repr(u8)]
            #[derive(Clone, Copy $(, $derive)*)]
            // Made only by validating bytes, never by name.
            #[allow(dead_code)]
            pub(super) enum $name {
                Idle = 0,
                Running = 1,
                Blocked = 2,
                Done = 3,
            }
        };
    }

    /// A 4-byte struct with three `bool` fields: bytes 0 and 1 are valid for
    /// each of them.
    macro_rules! flags {
        ($name:ident $(, $derive:path)*) => {
            #[repr(C)]
            #[derive(Clone, Copy $(, $derive)*)]
            // Made only by validating bytes; the fields give the layout.
            #[allow(dead_code)]
            pub(super) struct $name {
                ready: bool,
                dirty: bool,
                level: u8,
                locked: bool,
            }
        };
    }

    kind!(BytemuckKind, bytemuck::CheckedBitPattern);
    kind!(
        ZerocopyKind,
        zerocopy::TryFromBytes,
        zerocopy::Immutable,
        zerocopy::KnownLayout
    );
    #[cfg(feature = "vouch-side")]
    kind!(VouchKind, vouch::CheckedBitPattern);

    flags!(BytemuckFlags, bytemuck::CheckedBitPattern);
    flags!(
        ZerocopyFlags,
        zerocopy::TryFromBytes,
        zerocopy::Immutable,
        zerocopy::KnownLayout
    );
    #[cfg(feature = "vouch-side")]
    flags!(VouchFlags, vouch::CheckedBitPattern);

    /// Valid bytes for the enum: 0, 1, 2, 3, 0, ...
    #[allow(clippy::cast_possible_truncation)] // `% 4` fits a byte
    fn kinds() -> Vec<u64> {
        buffer(|i| (i % 4) as u8)
    }

    /// Valid bytes for the flags: `bool`s of 0 and 1, any `level`.
    #[allow(clippy::cast_possible_truncation)] // masked to a byte
    fn flags() -> Vec<u64> {
        buffer(|i| match i % 4 {
            0 => ((i / 4) & 1) as u8,
            1 => ((i / 8) & 1) as u8,
            2 => (i / 4) as u8,
            _ => 1,
        })
    }

    /// Times `validate` over the buffer; it returns how many values it
    /// validated (`None` when it rejected the buffer, which fails the run).
    fn run(
        bencher: Bencher<'_, '_>,
        words: &[u64],
        validate: impl Fn(&[u8]) -> Option<usize> + Sync,
    ) {
        let input = bytes(words);
        assert!(validate(input).is_some(), "the buffer is valid");
        bencher
            .counter(BytesCount::new(input.len()))
            .bench(|| validate(black_box(input)));
    }

    #[cfg(feature = "vouch-side")]
    #[divan::bench]
    fn enum_vouch(bencher: Bencher<'_, '_>) {
        run(bencher, &kinds(), |input| {
            vouch::checked::try_cast_slice::<u8, VouchKind>(input)
                .ok()
                .map(<[_]>::len)
        });
    }

    #[divan::bench]
    fn enum_bytemuck(bencher: Bencher<'_, '_>) {
        run(bencher, &kinds(), |input| {
            bytemuck::checked::try_cast_slice::<u8, BytemuckKind>(input)
                .ok()
                .map(<[_]>::len)
        });
    }

    #[divan::bench]
    fn enum_zerocopy(bencher: Bencher<'_, '_>) {
        run(bencher, &kinds(), |input| {
            <[ZerocopyKind] as zerocopy::TryFromBytes>::try_ref_from_bytes(input)
                .ok()
                .map(<[_]>::len)
        });
    }

    /// The validation alone, written by hand: no cast afterwards.
    #[divan::bench]
    fn enum_hand_loop(bencher: Bencher<'_, '_>) {
        run(bencher, &kinds(), |input| {
            input.iter().all(|&byte| byte < 4).then_some(input.len())
        });
    }

    #[cfg(feature = "vouch-side")]
    #[divan::bench]
    fn bools_vouch(bencher: Bencher<'_, '_>) {
        run(bencher, &flags(), |input| {
            vouch::checked::try_cast_slice::<u8, VouchFlags>(input)
                .ok()
                .map(<[_]>::len)
        });
    }

    #[divan::bench]
    fn bools_bytemuck(bencher: Bencher<'_, '_>) {
        run(bencher, &flags(), |input| {
            bytemuck::checked::try_cast_slice::<u8, BytemuckFlags>(input)
                .ok()
                .map(<[_]>::len)
        });
    }

    #[divan::bench]
    fn bools_zerocopy(bencher: Bencher<'_, '_>) {
        run(bencher, &flags(), |input| {
            <[ZerocopyFlags] as zerocopy::TryFromBytes>::try_ref_from_bytes(input)
                .ok()
                .map(<[_]>::len)
        });
    }

    /// The validation alone, written by hand: no cast afterwards.
    #[divan::bench]
    fn bools_hand_loop(bencher: Bencher<'_, '_>) {
        run(bencher, &flags(), |input| {
            input
                .chunks_exact(4)
                .all(|c| c[0] <= 1 && c[1] <= 1 && c[3] <= 1)
                .then_some(input.len() / 4)
        });
    }
}

mod build {
    use super::black_box;

    /// The configuration every builder makes: 8 fields, two of them
    /// optional, all `Copy` so no allocation hides the builder's cost.
    // Built, never read: the benchmark returns it to `black_box`.
    #[allow(dead_code)]
    pub(super) struct Literal {
        port: u16,
        timeout_ms: u64,
        retries: u32,
        keep_alive: bool,
        backoff: f64,
        max_body: Option<u64>,
        user_id: u64,
        proxy_port: Option<u16>,
    }

    #[derive(bon::Builder)]
    #[allow(dead_code)] // built, never read
    pub(super) struct Bon {
        port: u16,
        timeout_ms: u64,
        retries: u32,
        keep_alive: bool,
        backoff: f64,
        max_body: Option<u64>,
        user_id: u64,
        proxy_port: Option<u16>,
    }

    #[derive(typed_builder::TypedBuilder)]
    #[allow(dead_code)] // built, never read
    pub(super) struct TypedBuilder {
        port: u16,
        timeout_ms: u64,
        retries: u32,
        keep_alive: bool,
        backoff: f64,
        #[builder(default, setter(strip_option))]
        max_body: Option<u64>,
        user_id: u64,
        #[builder(default, setter(strip_option))]
        proxy_port: Option<u16>,
    }

    #[cfg(feature = "vouch-side")]
    #[derive(vouch::Builder)]
    #[allow(dead_code)] // built, never read
    pub(super) struct Vouch {
        port: u16,
        timeout_ms: u64,
        retries: u32,
        keep_alive: bool,
        backoff: f64,
        max_body: Option<u64>,
        user_id: u64,
        proxy_port: Option<u16>,
    }

    /// Every field set but `proxy_port`; each value goes through
    /// `black_box` so none is folded into the result.
    #[cfg(feature = "vouch-side")]
    #[divan::bench]
    fn vouch() -> Vouch {
        Vouch::builder()
            .port(black_box(8080))
            .timeout_ms(black_box(30_000))
            .retries(black_box(3))
            .keep_alive(black_box(true))
            .backoff(black_box(1.5))
            .max_body(black_box(1 << 20))
            .user_id(black_box(42))
            .build()
    }

    #[divan::bench]
    fn literal() -> Literal {
        Literal {
            port: black_box(8080),
            timeout_ms: black_box(30_000),
            retries: black_box(3),
            keep_alive: black_box(true),
            backoff: black_box(1.5),
            max_body: Some(black_box(1 << 20)),
            user_id: black_box(42),
            proxy_port: None,
        }
    }

    #[divan::bench]
    fn bon() -> Bon {
        Bon::builder()
            .port(black_box(8080))
            .timeout_ms(black_box(30_000))
            .retries(black_box(3))
            .keep_alive(black_box(true))
            .backoff(black_box(1.5))
            .max_body(black_box(1 << 20))
            .user_id(black_box(42))
            .build()
    }

    #[divan::bench]
    fn typed_builder() -> TypedBuilder {
        TypedBuilder::builder()
            .port(black_box(8080))
            .timeout_ms(black_box(30_000))
            .retries(black_box(3))
            .keep_alive(black_box(true))
            .backoff(black_box(1.5))
            .max_body(black_box(1 << 20))
            .user_id(black_box(42))
            .build()
    }
}

mod project {
    use super::{Bencher, PhantomPinned, Pin, black_box};

    /// A field that must stay pinned: it is `!Unpin`.
    pub(super) struct Tracked {
        value: u64,
        _pinned: PhantomPinned,
    }

    impl Tracked {
        fn new() -> Tracked {
            Tracked {
                value: 7,
                _pinned: PhantomPinned,
            }
        }

        fn value(self: Pin<&mut Self>) -> u64 {
            self.value
        }
    }

    /// The hand-written projection pin-project and vouch generate for us.
    pub(super) struct Hand {
        pinned: Tracked,
        count: u64,
    }

    impl Hand {
        fn project(self: Pin<&mut Self>) -> (Pin<&mut Tracked>, &mut u64) {
            // SAFETY: `pinned` is structurally pinned and `count` is not:
            // `Hand` has no `Drop` impl, is not `repr(packed)`, is `!Unpin`
            // through `Tracked`, and nothing moves `pinned` out of a pinned
            // `Hand`. `get_unchecked_mut` hands out the `&mut Hand` only to
            // split it into the two field borrows.
            unsafe {
                let this = self.get_unchecked_mut();
                (Pin::new_unchecked(&mut this.pinned), &mut this.count)
            }
        }
    }

    #[pin_project::pin_project]
    pub(super) struct PinProject {
        #[pin]
        pinned: Tracked,
        count: u64,
    }

    #[cfg(feature = "vouch-side")]
    #[vouch::pin_project]
    pub(super) struct Vouch {
        #[pin]
        pinned: Tracked,
        count: u64,
    }

    /// Projects, bumps the unpinned counter and reads the pinned field.
    #[cfg(feature = "vouch-side")]
    #[divan::bench]
    fn vouch(bencher: Bencher<'_, '_>) {
        let mut pair = Box::pin(Vouch {
            pinned: Tracked::new(),
            count: 0,
        });
        bencher.bench_local(|| {
            let this = black_box(pair.as_mut()).project();
            *this.count += 1;
            this.pinned.value()
        });
    }

    #[divan::bench]
    fn hand_written(bencher: Bencher<'_, '_>) {
        let mut pair = Box::pin(Hand {
            pinned: Tracked::new(),
            count: 0,
        });
        bencher.bench_local(|| {
            let (pinned, count) = black_box(pair.as_mut()).project();
            *count += 1;
            pinned.value()
        });
    }

    #[divan::bench]
    fn pin_project(bencher: Bencher<'_, '_>) {
        let mut pair = Box::pin(PinProject {
            pinned: Tracked::new(),
            count: 0,
        });
        bencher.bench_local(|| {
            let this = black_box(pair.as_mut()).project();
            *this.count += 1;
            this.pinned.value()
        });
    }
}
