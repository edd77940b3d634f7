//! Layout differential test of `derive(Pod)`.
//!
//! Generates a few hundred random `repr(C)`, `repr(C, packed(N))`,
//! `repr(C, align(N))`, `repr(packed)` and `repr(transparent)` structs from
//! primitive and array fields, computes with a reference model below whether
//! each has padding, and checks that `derive(Pod)` accepts exactly those
//! without: one crate of the padding-free structs must compile cleanly, and
//! in one crate of the padded ones every struct must be rejected (each
//! struct sits on its own line, so an error's line names its struct).

mod support;

use std::fmt::Write as _;
use std::path::Path;

const STRUCTS: usize = 400;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).expect("fits")
    }
}

/// A field type with its size and alignment on the machine running the test
/// (the same machine the generated crate compiles for).
#[derive(Clone)]
struct Field {
    ty: String,
    size: usize,
    align: usize,
}

fn primitive(rng: &mut Rng) -> Field {
    macro_rules! pick {
        ($($ty:ty),*) => {{
            let all = [$((stringify!($ty), size_of::<$ty>(), align_of::<$ty>())),*];
            let (ty, size, align) = all[rng.below(all.len())];
            Field { ty: ty.to_owned(), size, align }
        }};
    }
    pick!(u8, i8, u16, i16, u32, i32, f32, u64, i64, f64, u128, i128)
}

fn field(rng: &mut Rng) -> Field {
    let element = primitive(rng);
    if rng.below(4) == 0 {
        let n = rng.below(5);
        Field {
            ty: format!("[{}; {n}]", element.ty),
            size: element.size * n,
            align: element.align,
        }
    } else {
        element
    }
}

#[derive(Clone, Copy)]
enum Repr {
    C,
    CPacked(usize),
    CAlign(usize),
    Packed,
    Transparent,
}

impl Repr {
    fn attribute(self) -> String {
        match self {
            Repr::C => "#[repr(C)]".to_owned(),
            Repr::CPacked(n) => format!("#[repr(C, packed({n}))]"),
            Repr::CAlign(n) => format!("#[repr(C, align({n}))]"),
            Repr::Packed => "#[repr(packed)]".to_owned(),
            Repr::Transparent => "#[repr(transparent)]".to_owned(),
        }
    }
}

fn align_up(offset: usize, align: usize) -> usize {
    offset.div_ceil(align) * align
}

/// The reference model: does a struct of these fields have padding?
fn has_padding(repr: Repr, fields: &[Field]) -> bool {
    let pack = match repr {
        Repr::CPacked(n) => Some(n),
        Repr::Packed => Some(1),
        _ => None,
    };
    let mut offset = 0;
    let mut struct_align = 1;
    for field in fields {
        let align = pack.map_or(field.align, |pack| field.align.min(pack));
        offset = align_up(offset, align) + field.size;
        struct_align = struct_align.max(align);
    }
    if let Repr::CAlign(n) = repr {
        struct_align = struct_align.max(n);
    }
    let size = align_up(offset, struct_align);
    size != fields.iter().map(|field| field.size).sum::<usize>()
}

fn random_struct(rng: &mut Rng) -> (Repr, Vec<Field>) {
    let repr = match rng.below(10) {
        0..=3 => Repr::C,
        4 | 5 => Repr::CPacked([1, 2, 4, 8][rng.below(4)]),
        6 | 7 => Repr::CAlign([1, 2, 4, 8, 16, 32][rng.below(6)]),
        8 => Repr::Packed,
        _ => Repr::Transparent,
    };
    let count = match repr {
        Repr::Transparent => 1,
        _ => rng.below(7),
    };
    (repr, (0..count).map(|_| field(rng)).collect())
}

fn write_crate(dir: &Path, structs: &[(usize, Repr, Vec<Field>)]) {
    // Line 1 is this attribute; struct `i` of the list sits on line i + 2.
    let mut source = String::from("#![allow(dead_code)]\n");
    for (index, repr, fields) in structs {
        let mut body = String::new();
        for (n, field) in fields.iter().enumerate() {
            let _ = write!(body, "f{n}: {}, ", field.ty);
        }
        let _ = writeln!(
            source,
            "#[derive(Clone, Copy, vouch::Zeroable, vouch::Pod)] {} struct S{index} {{ {body}}}",
            repr.attribute()
        );
    }
    let name = dir
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("layout");
    support::write_crate(
        dir,
        &format!("vouch-layout-{name}"),
        "2021",
        &support::vouch_dependency("vouch"),
        &source,
    );
}

#[test]
fn derive_pod_accepts_exactly_the_padding_free_layouts() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut clean = Vec::new();
    let mut padded = Vec::new();
    for index in 0..STRUCTS {
        let (repr, fields) = random_struct(&mut rng);
        if has_padding(repr, &fields) {
            padded.push((index, repr, fields));
        } else {
            clean.push((index, repr, fields));
        }
    }
    // The sample must hold plenty of both, or the test proves little.
    assert!(clean.len() > STRUCTS / 5, "{} clean structs", clean.len());
    assert!(
        padded.len() > STRUCTS / 5,
        "{} padded structs",
        padded.len()
    );

    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("layout");
    let target = support::target_dir();

    let pass = root.join("clean");
    write_crate(&pass, &clean);
    let outcome = support::cargo(&pass, &target, "check", &[]);
    assert!(
        outcome.success && outcome.error_lines.is_empty(),
        "derive(Pod) rejected padding-free structs:\n{}",
        outcome.stderr
    );

    let fail = root.join("padded");
    write_crate(&fail, &padded);
    let outcome = support::cargo(&fail, &target, "check", &[]);
    let (lines, stderr) = (outcome.error_lines, outcome.stderr);
    assert!(!outcome.success, "derive(Pod) accepted every padded struct");
    let missed: Vec<String> = padded
        .iter()
        .enumerate()
        .filter(|(line, _)| !lines.contains(&(line + 2)))
        .map(|(_, (index, repr, fields))| {
            let types: Vec<&str> = fields.iter().map(|field| field.ty.as_str()).collect();
            format!("S{index}: {} {types:?}", repr.attribute())
        })
        .collect();
    assert!(
        missed.is_empty(),
        "derive(Pod) accepted {} padded structs:\n{}\n--- compiler output:\n{stderr}",
        missed.len(),
        missed.join("\n")
    );
}
