/**
 * Settings → mieruka → "Check": puts a plan tree for the typed URL on the page (under a closed
 * "Preview") and reports what its load tells: OK, or each problem as `mieruka validate` prints
 * it (address: JSON path: message), in the administrator's language. The widget fetches and
 * validates with the code readers run; a fresh query parameter makes each check fetch again.
 */
( function () {
	const t = window.mierukaSettings || {};
	const button = document.getElementById( 'mieruka-check' );
	const input = document.getElementById( 'mieruka-default-src' );
	const result = document.getElementById( 'mieruka-check-result' );
	const preview = document.getElementById( 'mieruka-check-preview' );
	const details = document.getElementById( 'mieruka-check-details' );
	if ( ! button || ! input || ! result || ! preview || ! details ) return;

	const show = ( heading, lines ) => {
		const p = document.createElement( 'p' );
		p.textContent = heading;
		const children = [ p ];
		if ( lines.length ) {
			const pre = document.createElement( 'pre' );
			pre.textContent = lines.join( '\n' );
			children.push( pre );
		}
		result.replaceChildren( ...children );
	};
	const allowed = ( url ) => {
		// eslint-disable-next-line no-control-regex
		const bare = url.replace( /[\u0000-\u0020\u007f]+/g, '' );
		const scheme = /^([a-z][a-z0-9+.-]*):/i.exec( bare );
		return bare !== '' && ( ! scheme || /^https?$/i.test( scheme[ 1 ] ) );
	};

	button.addEventListener( 'click', () => {
		const url = input.value.trim();
		preview.replaceChildren();
		details.hidden = true;
		if ( ! url ) return show( t.empty, [] );
		if ( ! allowed( url ) ) return show( t.refused, [] );
		show( t.checking, [] );
		const widget = document.createElement( 'mieruka-plan-tree' );
		const fresh = new URL( url, document.baseURI );
		fresh.searchParams.set( 'mieruka-check', String( Date.now() ) );
		widget.setAttribute( 'src', fresh.href );
		widget.setAttribute( 'lang', t.lang || 'ja' );
		widget.setAttribute( 'expanded', '0' );
		widget.addEventListener( 'mieruka-load', () => show( `${ url }: ${ t.ok }`, [] ), { once: true } );
		widget.addEventListener(
			'mieruka-error',
			( event ) => {
				const detail = event.detail || {};
				const lines = detail.problems && detail.problems.length ? detail.problems.map( ( p ) => `${ url }: ${ p.path || '/' }: ${ p.message }` ) : [ `${ url }: ${ detail.message }` ];
				show( t.problems, lines );
			},
			{ once: true }
		);
		// The widget loads in the closed <details> too; open it to see the document as readers will.
		preview.append( widget );
		details.hidden = false;
	} );
} )();
