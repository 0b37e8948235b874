package organization

func (a *analysis) findByContext()    {}
func (a *analysis) findBareAcronyms() {}
func (a *analysis) propagate()        {}
func (a *analysis) findNominals()     {}
