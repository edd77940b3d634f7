// Another crate calls `project` on a type whose projection has no name:
// like its unnamed projection type, the method is for the defining crate
// only (`pub(crate)`); name the projection (`project = PlainProj`) to
// make both public.
use core::pin::pin;
use vouch_fixture::pin::Plain;

fn main() {
    let plain = pin!(Plain::<u8>::default());
    *plain.project().count += 1;
}
