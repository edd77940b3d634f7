//! Unit tests of the expansion functions: every input gives tokens or
//! errors, never a panic, and errors arrive together.

use crate::sealed::{derive_sealed, sealed};
use proc_macro2::TokenStream;
use quote::quote;

fn expand(args: TokenStream, item: TokenStream) -> String {
    sealed(args, item).to_string()
}

fn errors_in(expanded: &str) -> usize {
    expanded.matches("compile_error").count()
}

#[test]
fn trait_gets_a_seal_module_and_docs() {
    let out = expand(
        quote!(),
        quote!(
            pub trait r#Shape {
                fn area(&self) -> f64;
            }
        ),
    );
    assert!(out.contains("mod shape_seal"), "{out}");
    assert!(out.contains("Shape : shape_seal :: Sealed"), "{out}");
    assert!(
        out.contains("pub use shape_seal :: key as Shape_is_sealed"),
        "{out}"
    );
    // The default scope is the trait's module, seen from the key module.
    assert!(
        out.contains("pub (in super :: super) use super :: Sealed as __VouchSeal"),
        "{out}"
    );
    assert!(out.contains("This trait is sealed"), "{out}");
    assert!(out.contains("on_unimplemented"), "{out}");
    assert_eq!(errors_in(&out), 0, "{out}");
}

#[test]
fn no_implicit_prelude_drops_the_diagnostic_attribute() {
    let out = expand(
        quote!(no_implicit_prelude),
        quote!(
            pub trait Shape {}
        ),
    );
    assert!(!out.contains("on_unimplemented"), "{out}");
    assert!(out.contains("mod shape_seal"), "{out}");
}

#[test]
fn impl_gets_the_seal_impl_with_its_generics() {
    let out = expand(
        quote!(),
        quote!(
            impl<'a, T: Copy, const N: usize> a::b::Window<'a, T, N> for &'a [T; N] where T: Default {}
        ),
    );
    assert!(out.contains("use a :: b :: Window_is_sealed :: *"), "{out}");
    // The stand-in takes one parameter per argument, of the same kind.
    assert!(
        out.contains("trait __VouchSeal < '__vouch_a0 , __VouchA1 :"),
        "{out}"
    );
    assert!(
        out.contains("impl < 'a , T : Copy , const N : usize > __VouchSeal < 'a , T , N >"),
        "{out}"
    );
    assert!(out.contains("where T : Default"), "{out}");
}

#[test]
fn scopes_are_written_from_the_key_module() {
    for (arg, vis) in [
        (quote!(pub(crate)), "pub (crate) use"),
        (quote!(pub(self)), "pub (in super :: super) use"),
        (quote!(pub(super)), "pub (in super :: super :: super) use"),
        (quote!(pub(in crate::a)), "pub (in crate :: a) use"),
        (
            quote!(pub(in super::b)),
            "pub (in super :: super :: super :: b) use",
        ),
    ] {
        let out = expand(
            arg.clone(),
            quote!(
                pub trait Shape {}
            ),
        );
        assert!(out.contains(vis), "{arg}: {out}");
        assert_eq!(errors_in(&out), 0, "{out}");
    }
}

#[test]
fn argument_list_mistakes_are_spanned_at_the_token() {
    // A missing comma, an empty argument, a path visibility without `in`.
    for args in [
        quote!(erase pub(crate)),
        quote!(erase,,pub(crate)),
        quote!(,erase),
        quote!(pub(crate::a)),
    ] {
        let out = expand(
            args.clone(),
            quote!(
                trait Shape {}
            ),
        );
        assert_eq!(errors_in(&out), 1, "{args}: {out}");
    }
    let out = expand(
        quote!(erase pub(crate)),
        quote!(
            trait Shape {}
        ),
    );
    assert!(out.contains("expected `,` between two arguments"), "{out}");
}

#[test]
fn every_bad_argument_is_reported() {
    let out = expand(
        quote!(private, pub, erase = 1, 42, erase, erase, crate),
        quote!(
            trait Shape {}
        ),
    );
    assert_eq!(errors_in(&out), 6, "{out}");
    // The trait is still sealed, so its impls do not fail as well.
    assert!(out.contains("Shape_is_sealed"), "{out}");
    assert!(out.contains("shape_seal :: Sealed"), "{out}");
}

#[test]
fn wrong_items_are_emitted_unchanged() {
    for item in [
        quote!(
            struct S;
        ),
        quote!(
            enum E {}
        ),
        quote!(
            fn f() {}
        ),
        quote!(impl S {}),
        quote!(
            mod m {}
        ),
        quote!(
            type T = u8;
        ),
        quote!(
            const C: u8 = 0;
        ),
        quote!(
            static S: u8 = 0;
        ),
        quote!(
            use a::b;
        ),
        quote!(union U { a: u8 }),
        quote!(
            extern crate a;
        ),
        quote!(
            macro_rules! m {
                () => {};
            }
        ),
    ] {
        let out = expand(quote!(), item.clone());
        assert_eq!(errors_in(&out), 1, "{out}");
        assert!(out.ends_with(&item.to_string()), "{out}");
    }
}

#[test]
fn garbage_never_panics() {
    let inputs = [
        quote!(),
        quote!(;),
        quote!(trait),
        quote!(impl for {}),
        quote!(impl Fn(u8) for S {}),
        quote!(
            trait T<const N: usize = 3, U = u8>: Sized
            where
                U: Copy,
            {
                type A;
                const C: u8;
                unsafe fn f();
                fn g(self: Box<Self>);
                fn h(&self, x: Self) -> impl Sized;
                m!();
            }
        ),
    ];
    let args = [
        quote!(),
        quote!(,,,),
        quote!(pub(in)),
        quote!(crate = ),
        quote!(crate = 1),
        quote!(= = =),
        quote!((erase)),
    ];
    for input in &inputs {
        for arg in &args {
            let _ = expand(arg.clone(), input.clone());
        }
    }
}

fn derive(input: TokenStream) -> String {
    match syn::parse2(input).map(|input| derive_sealed(&input)) {
        Ok(Ok(tokens)) => tokens.to_string(),
        Ok(Err(error)) | Err(error) => error.to_compile_error().to_string(),
    }
}

#[test]
fn derive_writes_conversions_and_the_delegation_call() {
    let out = derive(quote! {
        #[sealed(shapes::Shape, crate = "::my_vouch")]
        enum AnyShape { Square(Square), Circle(Circle) }
    });
    assert!(
        out.contains(":: my_vouch :: __private :: core :: convert :: From < Square >"),
        "{out}"
    );
    assert!(out.contains("TryFrom < AnyShape > for Circle"), "{out}");
    assert!(
        out.contains("use shapes :: Shape_is_sealed :: Shape_is_sealed as derive_Sealed"),
        "{out}"
    );
}

#[test]
fn derive_reports_every_mistake() {
    let out = derive(quote! {
        #[sealed(Shape<u8>, 42)]
        enum AnyShape { A, B(u8, u8), C { c: u8 }, D(X), E(X) }
    });
    assert_eq!(errors_in(&out), 6, "{out}");
}

#[test]
fn impl_needs_no_path_to_the_runtime() {
    // An impl works where the dependency is renamed, without `crate = ..`.
    let out = expand(quote!(), quote!(impl a::Measure<str, 3> for X {}));
    assert!(!out.contains(":: vouch ::"), "{out}");
    assert!(out.contains(":: core :: marker :: Sized"), "{out}");
    assert_eq!(errors_in(&out), 0, "{out}");
}
