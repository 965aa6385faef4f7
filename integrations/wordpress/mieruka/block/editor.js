/**
 * The mieruka block in the editor, written without a build step: WordPress's globals only.
 * Its settings (element, document, node, indicator) sit in the sidebar; the preview is the
 * server's rendering (the same HTML readers get), which the mieruka loader brings to life.
 * Labels come translated from PHP (window.mierukaEditor), so one .po file holds every string.
 */
( function ( wp ) {
	const el = wp.element.createElement;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl } = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const t = window.mierukaEditor || {};

	wp.blocks.registerBlockType( 'mieruka/widget', {
		title: t.title || 'mieruka',
		description: t.description,
		edit( props ) {
			const { attributes, setAttributes } = props;
			const field = ( name, label, help ) =>
				el( TextControl, {
					label,
					help,
					value: attributes[ name ],
					onChange: ( value ) => setAttributes( { [ name ]: value } ),
				} );
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: t.settings, initialOpen: true },
						el( SelectControl, {
							label: t.element,
							value: attributes.element,
							options: ( t.elements || [] ).map( ( [ value, label ] ) => ( { value, label } ) ),
							onChange: ( value ) => setAttributes( { element: value } ),
						} ),
						field( 'src', t.src, t.srcHelp ),
						field( 'node', t.node, t.nodeHelp ),
						field( 'indicator', t.indicator, t.indicatorHelp )
					)
				),
				el( ServerSideRender, { block: 'mieruka/widget', attributes } )
			);
		},
		save: () => null,
	} );
} )( window.wp );
